import { DomainError, type WorkOrderStatus } from '@aftersales/contracts';
import type { WorkOrder } from './work-order.entity';
import { WorkOrderErrors } from './work-order.errors';

/** Refuses a change the work order's status does not allow, saying which statuses would. */
export function requireStatus(workOrder: WorkOrder, allowed: readonly WorkOrderStatus[], action: string): void {
  if (allowed.includes(workOrder.status)) return;
  throw new DomainError(WorkOrderErrors.INVALID_TRANSITION, {
    details: [{ field: 'status', reason: `cannot ${action} a work order that is ${workOrder.status} (needs ${allowed.join(' or ')})` }],
  });
}

export function requireAssignedTechnician(workOrder: WorkOrder, technicianId: string): void {
  if (workOrder.technicianId === technicianId) return;
  throw new DomainError(WorkOrderErrors.NOT_ASSIGNED_TECHNICIAN, { details: [{ field: 'technicianId', reason: 'is not assigned to this work order' }] });
}

/** Where the repair record may be written: on site after check-in, at the outlet once assigned. */
export function requireRepairUnderway(workOrder: WorkOrder, action: string): void {
  requireStatus(workOrder, workOrder.place === 'onsite' ? ['checked_in'] : ['assigned', 'appointment_confirmed'], action);
}

export function requireNotPast(serviceDate: string, today: string, field: string): void {
  if (serviceDate >= today) return;
  throw new DomainError(WorkOrderErrors.SERVICE_DATE_IN_PAST, { details: [{ field, reason: `${serviceDate} is before today (${today})` }] });
}
