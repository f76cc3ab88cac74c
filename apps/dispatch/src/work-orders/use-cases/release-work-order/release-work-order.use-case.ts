import { Injectable } from '@nestjs/common';
import { DispatchEventSubjects, DomainError, type ReleaseWorkOrderCommand, type WorkOrderView } from '@aftersales/contracts';
import { assignedEventData, assignNextTechnician } from '../../assignment/assign-next-technician';
import type { WorkOrder } from '../../work-order.entity';
import { WorkOrderErrors } from '../../work-order.errors';
import { WorkOrderRepository, type WorkOrderTransaction } from '../../work-order.repository';
import { requireAssignedTechnician, requireStatus } from '../../work-order.rules';
import { toWorkOrderView } from '../../work-order.view';

/**
 * A technician declined the work order or did not show up: their turn ends with the reason, their
 * unit of capacity is given back, and the work order goes to the next candidate (never again to
 * anyone who declined or missed it). With nobody left it waits for assignment.
 */
@Injectable()
export class ReleaseWorkOrderUseCase {
  constructor(private readonly workOrders: WorkOrderRepository) {}

  execute(command: ReleaseWorkOrderCommand, causationId?: string): Promise<WorkOrderView> {
    return this.workOrders.inTransaction(async (tx) => {
      const workOrder = await tx.lockById(command.workOrderId);
      if (!workOrder) throw new DomainError(WorkOrderErrors.WORK_ORDER_NOT_FOUND);
      requireStatus(workOrder, ['assigned', 'appointment_confirmed'], command.reason === 'no_show' ? 'report a no-show on' : 'decline');
      requireAssignedTechnician(workOrder, command.technicianId);
      const now = new Date();
      await this.endTurn(tx, workOrder, command, now, causationId);
      const { assignment } = await assignNextTechnician(tx.assignments, workOrder, { kind: 'reassigned', at: now });
      workOrder.technicianId = assignment?.technicianId ?? null;
      workOrder.status = assignment ? 'assigned' : 'awaiting_assignment';
      await tx.saveWorkOrder(workOrder);
      if (assignment) {
        await tx.appendEvent({
          subject: DispatchEventSubjects.workOrderReassigned,
          aggregateId: workOrder.id,
          correlationId: workOrder.caseNo,
          causationId,
          data: { ...assignedEventData(workOrder, assignment), previousTechnicianId: command.technicianId },
        });
      }
      return toWorkOrderView(await tx.details(workOrder.id));
    });
  }

  private async endTurn(tx: WorkOrderTransaction, workOrder: WorkOrder, command: ReleaseWorkOrderCommand, now: Date, causationId?: string): Promise<void> {
    const current = await tx.assignments.current(workOrder.id);
    if (!current) throw new DomainError(WorkOrderErrors.INVALID_TRANSITION, { details: [{ field: 'status', reason: 'the work order has no current assignment' }] });
    current.endedAt = now;
    current.endReason = command.reason;
    current.endNote = command.note ?? null;
    await tx.assignments.save(current);
    await tx.assignments.releaseCapacity(current.technicianId, current.serviceDate);
    // The appointment was agreed for the technician who left; the next one confirms their own.
    workOrder.expectedArrivalAt = null;
    workOrder.appointmentConfirmedAt = null;
    workOrder.appointmentChannel = null;
    await tx.appendEvent({
      subject: DispatchEventSubjects.workOrderDeclined,
      aggregateId: workOrder.id,
      correlationId: workOrder.caseNo,
      causationId,
      data: { workOrderId: workOrder.id, caseNo: workOrder.caseNo, assignmentId: current.id, technicianId: current.technicianId, reason: command.reason, declinedAt: now.toISOString() },
    });
  }
}
