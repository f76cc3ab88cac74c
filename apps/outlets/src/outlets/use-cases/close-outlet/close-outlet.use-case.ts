import { Injectable } from '@nestjs/common';
import { DomainError, OutletEventSubjects, type CloseOutletCommand, type OutletView } from '@aftersales/contracts';
import { handOverWorkOrders } from '../../hand-over-work-orders';
import { OutletErrors } from '../../outlet.errors';
import { OutletRepository } from '../../outlet.repository';
import { toOutletView } from '../../outlet.view';

/** Closes an outlet; its work orders go to the next covering outlet, uncovered cases are published. */
@Injectable()
export class CloseOutletUseCase {
  constructor(private readonly outlets: OutletRepository) {}

  execute(command: CloseOutletCommand, causationId?: string): Promise<OutletView> {
    return this.outlets.inTransaction(async (tx) => {
      const outlet = await tx.lockById(command.outletId);
      if (!outlet) throw new DomainError(OutletErrors.OUTLET_NOT_FOUND);
      if (outlet.status === 'closed') throw new DomainError(OutletErrors.OUTLET_CLOSED, { details: [{ field: 'status', reason: 'the outlet is closed already' }] });
      const previousStatus = outlet.status;
      outlet.status = 'closed';
      await tx.saveOutlet(outlet);
      const now = new Date();
      const { reassigned, uncovered } = await handOverWorkOrders(tx, outlet, now, causationId);
      await tx.appendEvent({
        subject: OutletEventSubjects.outletClosed,
        aggregateId: outlet.id,
        correlationId: outlet.id,
        causationId,
        data: { outletId: outlet.id, previousStatus, reassignedWorkOrders: reassigned, uncoveredCases: uncovered, closedAt: now.toISOString() },
      });
      return toOutletView(outlet, await tx.steps(outlet.id));
    });
  }
}
