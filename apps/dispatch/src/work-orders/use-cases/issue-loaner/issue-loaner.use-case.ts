import { Injectable } from '@nestjs/common';
import { DispatchEventSubjects, DomainError, type IssueLoanerCommand, type WorkOrderView } from '@aftersales/contracts';
import { WorkOrderErrors } from '../../work-order.errors';
import { WorkOrderRepository } from '../../work-order.repository';
import { requireStatus } from '../../work-order.rules';
import { toWorkOrderView } from '../../work-order.view';

/** Lends the customer a substitute unit (代用品) while the repair of their case takes long. */
@Injectable()
export class IssueLoanerUseCase {
  constructor(private readonly workOrders: WorkOrderRepository) {}

  execute(command: IssueLoanerCommand, causationId?: string): Promise<WorkOrderView> {
    return this.workOrders.inTransaction(async (tx) => {
      const workOrder = await tx.lockById(command.workOrderId);
      if (!workOrder) throw new DomainError(WorkOrderErrors.WORK_ORDER_NOT_FOUND);
      requireStatus(workOrder, ['awaiting_assignment', 'assigned', 'appointment_confirmed', 'checked_in'], 'issue a loaner on');
      const issuedAt = new Date();
      const loaner = await tx.insertLoaner({ workOrderId: workOrder.id, caseNo: workOrder.caseNo, serialNo: command.serialNo, issuedAt });
      if (!loaner) {
        throw new DomainError(WorkOrderErrors.LOANER_ALREADY_OUT, { details: [{ field: 'serialNo', reason: `${command.serialNo} is lent out and not returned` }] });
      }
      await tx.appendEvent({
        subject: DispatchEventSubjects.loanerIssued,
        aggregateId: workOrder.id,
        correlationId: workOrder.caseNo,
        causationId,
        data: { workOrderId: workOrder.id, caseNo: workOrder.caseNo, serialNo: loaner.serialNo, issuedAt: issuedAt.toISOString() },
      });
      return toWorkOrderView(await tx.details(workOrder.id));
    });
  }
}
