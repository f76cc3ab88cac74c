import { Injectable } from '@nestjs/common';
import { DispatchEventSubjects, DomainError, type ConfirmAppointmentCommand, type WorkOrderView } from '@aftersales/contracts';
import { isWithinWorkingDay, SERVICE_TIME_ZONE } from '../../local-time';
import { WorkOrderErrors } from '../../work-order.errors';
import { WorkOrderRepository } from '../../work-order.repository';
import { requireStatus } from '../../work-order.rules';
import { toWorkOrderView } from '../../work-order.view';

/**
 * Records the expected arrival agreed with the customer (告知客户预计到达时间). It must fall on the
 * service date, within the assigned technician's working hours; a later call reschedules.
 */
@Injectable()
export class ConfirmAppointmentUseCase {
  constructor(private readonly workOrders: WorkOrderRepository) {}

  execute(command: ConfirmAppointmentCommand, causationId?: string): Promise<WorkOrderView> {
    return this.workOrders.inTransaction(async (tx) => {
      const workOrder = await tx.lockById(command.workOrderId);
      if (!workOrder) throw new DomainError(WorkOrderErrors.WORK_ORDER_NOT_FOUND);
      requireStatus(workOrder, ['assigned', 'appointment_confirmed'], 'confirm an appointment for');
      const technician = await tx.assignments.technician(workOrder.technicianId as string);
      const arrival = new Date(command.expectedArrivalAt);
      const hours = { start: technician.workStart, end: technician.workEnd };
      if (!isWithinWorkingDay(arrival, workOrder.serviceDate, hours)) {
        throw new DomainError(WorkOrderErrors.APPOINTMENT_OUTSIDE_WORKING_HOURS, {
          details: [{ field: 'expectedArrivalAt', reason: `must fall on ${workOrder.serviceDate} between ${hours.start} and ${hours.end} (${SERVICE_TIME_ZONE})` }],
        });
      }
      const now = new Date();
      workOrder.expectedArrivalAt = arrival;
      workOrder.appointmentConfirmedAt = now;
      workOrder.appointmentChannel = command.channel;
      workOrder.status = 'appointment_confirmed';
      await tx.saveWorkOrder(workOrder);
      await tx.appendWorkOrderEvent(DispatchEventSubjects.workOrderAppointmentConfirmed, workOrder, causationId, {
        technicianId: technician.id,
        expectedArrivalAt: arrival.toISOString(),
        channel: command.channel,
        confirmedAt: now.toISOString(),
      });
      return toWorkOrderView(await tx.details(workOrder.id));
    });
  }
}
