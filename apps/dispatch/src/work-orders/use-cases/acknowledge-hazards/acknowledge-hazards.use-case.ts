import { Injectable } from '@nestjs/common';
import { DispatchEventSubjects, DomainError, type AcknowledgeHazardsCommand, type WorkOrderView } from '@aftersales/contracts';
import { WorkOrderErrors } from '../../work-order.errors';
import { WorkOrderRepository } from '../../work-order.repository';
import { requireAssignedTechnician, requireStatus } from '../../work-order.rules';
import { toWorkOrderView } from '../../work-order.view';

/** The assigned technician confirms being briefed on the site's hazards (危险源告知) before the visit. */
@Injectable()
export class AcknowledgeHazardsUseCase {
  constructor(private readonly workOrders: WorkOrderRepository) {}

  execute(command: AcknowledgeHazardsCommand, causationId?: string): Promise<WorkOrderView> {
    return this.workOrders.inTransaction(async (tx) => {
      const workOrder = await tx.lockById(command.workOrderId);
      if (!workOrder) throw new DomainError(WorkOrderErrors.WORK_ORDER_NOT_FOUND);
      requireStatus(workOrder, ['assigned', 'appointment_confirmed'], 'acknowledge hazards for');
      requireAssignedTechnician(workOrder, command.technicianId);
      const atSite = new Set((await tx.siteHazards(workOrder.siteId)).map((h) => h.id));
      const unknown = command.hazardIds.flatMap((id, i) => (atSite.has(id) ? [] : [{ field: `hazardIds.${i}`, reason: `${id} is not a hazard of site ${workOrder.siteId}` }]));
      if (unknown.length > 0) throw new DomainError(WorkOrderErrors.UNKNOWN_HAZARD, { details: unknown });
      const now = new Date();
      await tx.acknowledgeHazards(workOrder.id, command.technicianId, command.hazardIds, now);
      await tx.appendWorkOrderEvent(DispatchEventSubjects.workOrderHazardsAcknowledged, workOrder, causationId, {
        technicianId: command.technicianId,
        siteId: workOrder.siteId,
        hazardIds: command.hazardIds,
        acknowledgedAt: now.toISOString(),
      });
      return toWorkOrderView(await tx.details(workOrder.id));
    });
  }
}
