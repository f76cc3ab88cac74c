import { Injectable } from '@nestjs/common';
import { DomainError, OutletEventSubjects, refuseEstablishmentStep, type OutletView, type RecordEstablishmentStepCommand } from '@aftersales/contracts';
import { OutletErrors } from '../../outlet.errors';
import { OutletRepository } from '../../outlet.repository';
import { toOutletView } from '../../outlet.view';

/**
 * Records one establishment step approved in the workflow. Idempotent by sequence (an activity retry
 * records nothing twice); the first step makes the outlet `establishing`, the `open` step opens it.
 */
@Injectable()
export class RecordEstablishmentStepUseCase {
  constructor(private readonly outlets: OutletRepository) {}

  execute(command: RecordEstablishmentStepCommand, causationId?: string): Promise<OutletView> {
    return this.outlets.inTransaction(async (tx) => {
      const outlet = await tx.lockById(command.outletId);
      if (!outlet) throw new DomainError(OutletErrors.OUTLET_NOT_FOUND);
      const steps = await tx.steps(outlet.id);
      const recorded = steps.find((s) => s.sequence === command.sequence);
      if (recorded && recorded.step === command.step) return toOutletView(outlet, steps);
      if (outlet.status !== 'proposed' && outlet.status !== 'establishing') {
        throw new DomainError(OutletErrors.STEP_OUT_OF_ORDER, { details: [{ field: 'step', reason: `the outlet is ${outlet.status}` }] });
      }
      const refusal = command.sequence === steps.length + 1 ? refuseEstablishmentStep(outlet.kind, steps.length, command.step, command.actor.role) : { kind: 'order', reason: `step ${command.sequence} is not the next one (${steps.length} recorded)` };
      if (refusal) {
        const error = refusal.kind === 'role' ? OutletErrors.WRONG_ROLE : OutletErrors.STEP_OUT_OF_ORDER;
        throw new DomainError(error, { details: [{ field: refusal.kind === 'role' ? 'actor.role' : 'step', reason: refusal.reason }] });
      }
      const now = new Date();
      const step = await tx.saveStep({ outletId: outlet.id, sequence: command.sequence, step: command.step, actorId: command.actor.id, actorRole: command.actor.role, recordedAt: now });
      outlet.status = command.step === 'open' ? 'open' : 'establishing';
      await tx.saveOutlet(outlet);
      const base = { aggregateId: outlet.id, correlationId: outlet.id, causationId };
      await tx.appendEvent({
        ...base,
        subject: OutletEventSubjects.establishmentStepRecorded,
        data: { outletId: outlet.id, sequence: step.sequence, step: step.step, actorId: step.actorId, actorRole: step.actorRole, status: outlet.status, recordedAt: now.toISOString() },
      });
      if (outlet.status === 'open') {
        await tx.appendEvent({ ...base, subject: OutletEventSubjects.outletOpened, data: { outletId: outlet.id, kind: outlet.kind, openedAt: now.toISOString() } });
      }
      return toOutletView(outlet, [...steps, step]);
    });
  }
}
