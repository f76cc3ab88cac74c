import { Injectable } from '@nestjs/common';
import { DispatchEventSubjects, DomainError, InventoryCommandSubjects, type UpdateServiceRecordCommand, type WorkOrderView } from '@aftersales/contracts';
import { CommandClient } from '@aftersales/messaging';
import { consumptionKey, partsNewlyUsed } from '../../parts-consumption';
import { applyRecordUpdate, consentIssues } from '../../service-record.rules';
import { WorkOrderErrors } from '../../work-order.errors';
import { WorkOrderRepository } from '../../work-order.repository';
import { requireRepairUnderway } from '../../work-order.rules';
import { toWorkOrderView } from '../../work-order.view';

/**
 * Writes the repair record: diagnosis, plan, consent, parts, test, latent problems; on site or at the outlet.
 * Parts newly recorded as used are consumed from the technician's van by inventory in the same step: when
 * inventory refuses, the record is refused and nothing is written.
 */
@Injectable()
export class UpdateServiceRecordUseCase {
  constructor(
    private readonly workOrders: WorkOrderRepository,
    private readonly commands: CommandClient,
  ) {}

  execute(command: UpdateServiceRecordCommand, causationId?: string): Promise<WorkOrderView> {
    return this.workOrders.inTransaction(async (tx) => {
      const workOrder = await tx.lockById(command.workOrderId);
      if (!workOrder) throw new DomainError(WorkOrderErrors.WORK_ORDER_NOT_FOUND);
      requireRepairUnderway(workOrder, 'record the repair of');
      const { workOrderId: _id, ...update } = command;
      const record = (await tx.record(workOrder.id)) ?? tx.newRecord({ workOrderId: workOrder.id, place: workOrder.place });
      const partsBefore = record.partsUsed;
      const fieldsChanged = applyRecordUpdate(record, update);
      const issues = consentIssues(record, update);
      if (issues.length > 0) throw new DomainError(WorkOrderErrors.CUSTOMER_CONSENT_REQUIRED, { details: issues });
      const used = partsNewlyUsed(partsBefore, record.partsUsed);
      if (used.length > 0) {
        const idempotencyKey = consumptionKey(workOrder.id, partsBefore, record.partsUsed);
        const consume = { idempotencyKey, caseNo: workOrder.caseNo, technicianId: workOrder.technicianId as string, lines: used };
        await this.commands.send(InventoryCommandSubjects.consumeParts, consume, { correlationId: causationId ?? workOrder.caseNo });
      }
      const saved = await tx.saveRecord(record);
      await tx.appendEvent({
        subject: DispatchEventSubjects.workOrderRecordUpdated,
        aggregateId: workOrder.id,
        correlationId: workOrder.caseNo,
        causationId,
        // The diagnosis, plan and notes are free text: only codes, counts and the consent flag leave dispatch.
        data: {
          workOrderId: workOrder.id,
          caseNo: workOrder.caseNo,
          technicianId: workOrder.technicianId as string,
          place: saved.place,
          fieldsChanged,
          customerConsent: saved.consentGiven,
          partsUsed: saved.partsUsed,
          testOutcome: saved.testOutcome,
          latentProblemsCount: saved.latentProblems.length,
          updatedAt: saved.updatedAt.toISOString(),
        },
      });
      return toWorkOrderView(await tx.details(workOrder.id));
    });
  }
}
