import { Injectable } from '@nestjs/common';
import { DispatchEventSubjects, DomainError, type AssignWorkOrderCommand, type WorkOrderView } from '@aftersales/contracts';
import { assignedEventData, assignNextTechnician, noTechnicianAvailable } from '../../assignment/assign-next-technician';
import { localDateOf } from '../../local-time';
import { WorkOrderErrors } from '../../work-order.errors';
import { WorkOrderRepository } from '../../work-order.repository';
import { requireNotPast, requireStatus } from '../../work-order.rules';
import { toWorkOrderView } from '../../work-order.view';

/**
 * Assigns the nearest qualified technician with room that day (派工). Idempotent for a work order
 * that already has a technician: it is returned as it is, with no second event.
 */
@Injectable()
export class AssignWorkOrderUseCase {
  constructor(private readonly workOrders: WorkOrderRepository) {}

  execute(command: AssignWorkOrderCommand, causationId?: string): Promise<WorkOrderView> {
    return this.workOrders.inTransaction(async (tx) => {
      const workOrder = await tx.lockById(command.workOrderId);
      if (!workOrder) throw new DomainError(WorkOrderErrors.WORK_ORDER_NOT_FOUND);
      if (workOrder.technicianId && workOrder.status !== 'signed_off') return toWorkOrderView(await tx.details(workOrder.id));
      requireStatus(workOrder, ['awaiting_assignment'], 'assign');
      const now = new Date();
      if (command.serviceDate) {
        requireNotPast(command.serviceDate, localDateOf(now), 'serviceDate');
        workOrder.serviceDate = command.serviceDate;
      }
      const { assignment, qualified } = await assignNextTechnician(tx.assignments, workOrder, { kind: 'assigned', at: now });
      if (!assignment) throw noTechnicianAvailable(workOrder, qualified);
      workOrder.technicianId = assignment.technicianId;
      workOrder.status = 'assigned';
      await tx.saveWorkOrder(workOrder);
      await tx.appendEvent({
        subject: DispatchEventSubjects.workOrderAssigned,
        aggregateId: workOrder.id,
        correlationId: workOrder.caseNo,
        causationId,
        data: { ...assignedEventData(workOrder, assignment), ...(command.requestedBy ? { requestedBy: command.requestedBy } : {}) },
      });
      return toWorkOrderView(await tx.details(workOrder.id));
    });
  }
}
