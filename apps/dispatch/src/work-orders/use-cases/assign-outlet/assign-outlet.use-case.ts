import { Injectable } from '@nestjs/common';
import { DispatchEventSubjects, DomainError, type AssignOutletCommand, type WorkOrderView } from '@aftersales/contracts';
import { WorkOrderErrors } from '../../work-order.errors';
import { WorkOrderRepository } from '../../work-order.repository';
import { toWorkOrderView } from '../../work-order.view';

/**
 * Binds the outlet that took a work order (an outsourced outlet's acceptance, or the next covering
 * outlet when one closes). Binding the same outlet again changes nothing; an ended work order refuses.
 * Technician assignment is untouched: it keeps using only certifications valid on the service date.
 */
@Injectable()
export class AssignOutletUseCase {
  constructor(private readonly workOrders: WorkOrderRepository) {}

  execute(command: AssignOutletCommand, causationId?: string): Promise<WorkOrderView> {
    return this.workOrders.inTransaction(async (tx) => {
      const workOrder = await tx.lockById(command.workOrderId);
      if (!workOrder) throw new DomainError(WorkOrderErrors.WORK_ORDER_NOT_FOUND);
      if (workOrder.outletId === command.outletId) return toWorkOrderView(await tx.details(workOrder.id));
      if (workOrder.closedAt !== null || workOrder.status === 'signed_off') {
        throw new DomainError(WorkOrderErrors.INVALID_TRANSITION, { details: [{ field: 'status', reason: `cannot bind an outlet to a work order that is ${workOrder.status}` }] });
      }
      const previousOutletId = workOrder.outletId;
      workOrder.outletId = command.outletId;
      await tx.saveWorkOrder(workOrder);
      await tx.appendWorkOrderEvent(DispatchEventSubjects.workOrderOutletAssigned, workOrder, causationId, {
        outletId: command.outletId,
        previousOutletId,
        assignedAt: new Date().toISOString(),
      });
      return toWorkOrderView(await tx.details(workOrder.id));
    });
  }
}
