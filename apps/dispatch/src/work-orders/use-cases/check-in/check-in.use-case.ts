import { Injectable } from '@nestjs/common';
import { DispatchEventSubjects, DomainError, type CheckInCommand, type WorkOrderView } from '@aftersales/contracts';
import { WorkOrderErrors } from '../../work-order.errors';
import { WorkOrderRepository } from '../../work-order.repository';
import { requireAssignedTechnician, requireStatus } from '../../work-order.rules';
import { toWorkOrderView } from '../../work-order.view';

/**
 * The technician arrives on site (到场签到). Refused, with nothing written, until they have
 * acknowledged every hazard recorded at the site, including any added after an earlier briefing.
 */
@Injectable()
export class CheckInUseCase {
  constructor(private readonly workOrders: WorkOrderRepository) {}

  execute(command: CheckInCommand, causationId?: string): Promise<WorkOrderView> {
    return this.workOrders.inTransaction(async (tx) => {
      const workOrder = await tx.lockById(command.workOrderId);
      if (!workOrder) throw new DomainError(WorkOrderErrors.WORK_ORDER_NOT_FOUND);
      if (workOrder.place !== 'onsite') {
        throw new DomainError(WorkOrderErrors.INVALID_TRANSITION, { details: [{ field: 'place', reason: 'a carry-in repair has no on-site check-in' }] });
      }
      requireStatus(workOrder, ['appointment_confirmed'], 'check in to');
      requireAssignedTechnician(workOrder, command.technicianId);
      const acknowledged = await tx.acknowledgedHazardIds(workOrder.id, command.technicianId);
      const missing = (await tx.siteHazards(workOrder.siteId)).filter((h) => !acknowledged.has(h.id));
      if (missing.length > 0) {
        throw new DomainError(WorkOrderErrors.HAZARDS_NOT_ACKNOWLEDGED, {
          details: missing.map((h) => ({ field: 'hazardIds', reason: `hazard ${h.id} (${h.type}) is not acknowledged` })),
        });
      }
      const now = new Date();
      const expected = workOrder.expectedArrivalAt as Date;
      workOrder.checkedInAt = now;
      workOrder.status = 'checked_in';
      await tx.saveWorkOrder(workOrder);
      await tx.appendWorkOrderEvent(DispatchEventSubjects.workOrderCheckedIn, workOrder, causationId, {
        technicianId: command.technicianId,
        expectedArrivalAt: expected.toISOString(),
        checkedInAt: now.toISOString(),
        minutesLate: Math.round((now.getTime() - expected.getTime()) / 60_000),
      });
      return toWorkOrderView(await tx.details(workOrder.id));
    });
  }
}
