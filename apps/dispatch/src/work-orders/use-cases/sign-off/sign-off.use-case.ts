import { Injectable } from '@nestjs/common';
import { DispatchEventSubjects, DomainError, type SignOffCommand, type WorkOrderView } from '@aftersales/contracts';
import { signOffIssues } from '../../service-record.rules';
import { WorkOrderErrors } from '../../work-order.errors';
import { WorkOrderRepository } from '../../work-order.repository';
import { requireRepairUnderway } from '../../work-order.rules';
import { toWorkOrderView } from '../../work-order.view';

/** The customer signs the repair record (客户签收); the work order closes, freeing the case for another. */
@Injectable()
export class SignOffUseCase {
  constructor(private readonly workOrders: WorkOrderRepository) {}

  execute(command: SignOffCommand, causationId?: string): Promise<WorkOrderView> {
    return this.workOrders.inTransaction(async (tx) => {
      const workOrder = await tx.lockById(command.workOrderId);
      if (!workOrder) throw new DomainError(WorkOrderErrors.WORK_ORDER_NOT_FOUND);
      requireRepairUnderway(workOrder, 'sign off');
      const record = await tx.record(workOrder.id);
      const issues = record ? signOffIssues(record) : [{ field: 'record', reason: 'no repair record yet' }];
      if (!record || issues.length > 0) throw new DomainError(WorkOrderErrors.RECORD_INCOMPLETE, { details: issues });
      const now = new Date();
      record.signedBy = command.signedBy;
      record.signedAt = command.signedAt ? new Date(command.signedAt) : now;
      await tx.saveRecord(record);
      workOrder.status = 'signed_off';
      workOrder.signedOffAt = now;
      workOrder.closedAt = now;
      await tx.saveWorkOrder(workOrder);
      await tx.appendWorkOrderEvent(DispatchEventSubjects.workOrderSignedOff, workOrder, causationId, {
        technicianId: workOrder.technicianId as string,
        place: workOrder.place,
        testOutcome: 'passed',
        partsUsed: record.partsUsed,
        latentProblemsCount: record.latentProblems.length,
        signedOffAt: now.toISOString(),
      });
      return toWorkOrderView(await tx.details(workOrder.id));
    });
  }
}
