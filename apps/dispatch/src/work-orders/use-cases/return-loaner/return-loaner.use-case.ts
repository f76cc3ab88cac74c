import { Injectable } from '@nestjs/common';
import { DispatchEventSubjects, DomainError, type ReturnLoanerCommand, type WorkOrderView } from '@aftersales/contracts';
import { WorkOrderErrors } from '../../work-order.errors';
import { WorkOrderRepository } from '../../work-order.repository';
import { toWorkOrderView } from '../../work-order.view';

/** The customer gives the loaner back; allowed after sign-off too, as the unit often returns later. */
@Injectable()
export class ReturnLoanerUseCase {
  constructor(private readonly workOrders: WorkOrderRepository) {}

  execute(command: ReturnLoanerCommand, causationId?: string): Promise<WorkOrderView> {
    return this.workOrders.inTransaction(async (tx) => {
      const workOrder = await tx.lockById(command.workOrderId);
      if (!workOrder) throw new DomainError(WorkOrderErrors.WORK_ORDER_NOT_FOUND);
      const loaner = await tx.lockOutstandingLoaner(workOrder.id, command.serialNo);
      if (!loaner) throw new DomainError(WorkOrderErrors.LOANER_NOT_FOUND, { details: [{ field: 'serialNo', reason: `${command.serialNo} is not out on this work order` }] });
      const returnedAt = new Date();
      loaner.returnedAt = returnedAt;
      loaner.returnCondition = command.condition;
      await tx.saveLoaner(loaner);
      await tx.appendWorkOrderEvent(DispatchEventSubjects.loanerReturned, workOrder, causationId, {
        serialNo: loaner.serialNo,
        condition: command.condition,
        issuedAt: loaner.issuedAt.toISOString(),
        returnedAt: returnedAt.toISOString(),
      });
      return toWorkOrderView(await tx.details(workOrder.id));
    });
  }
}
