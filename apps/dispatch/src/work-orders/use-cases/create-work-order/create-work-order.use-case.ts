import { Injectable } from '@nestjs/common';
import { DispatchEventSubjects, DomainError, type CreateWorkOrderRequest, type WorkOrderCreatedV1, type WorkOrderView } from '@aftersales/contracts';
import { localDateOf } from '../../local-time';
import type { WorkOrder } from '../../work-order.entity';
import { WorkOrderErrors } from '../../work-order.errors';
import { WorkOrderRepository, type NewWorkOrder } from '../../work-order.repository';
import { requireNotPast } from '../../work-order.rules';
import { toWorkOrderView } from '../../work-order.view';

/** Opens the work order of a case; a case has one open work order at a time. */
@Injectable()
export class CreateWorkOrderUseCase {
  constructor(private readonly workOrders: WorkOrderRepository) {}

  execute(request: CreateWorkOrderRequest, causationId?: string): Promise<WorkOrderView> {
    const today = localDateOf(new Date());
    const serviceDate = request.serviceDate ?? today;
    requireNotPast(serviceDate, today, 'serviceDate');
    return this.workOrders.inTransaction(async (tx) => {
      const workOrder = await tx.insertWorkOrder(newWorkOrder(request, serviceDate));
      if (!workOrder) {
        throw new DomainError(WorkOrderErrors.OPEN_WORK_ORDER_EXISTS, { details: [{ field: 'caseNo', reason: `${request.caseNo} has an open work order` }] });
      }
      await tx.appendEvent({
        subject: DispatchEventSubjects.workOrderCreated,
        aggregateId: workOrder.id,
        correlationId: workOrder.caseNo,
        causationId,
        data: createdEventData(workOrder),
      });
      return toWorkOrderView(await tx.detailsOfNew(workOrder));
    });
  }
}

function newWorkOrder(request: CreateWorkOrderRequest, serviceDate: string): NewWorkOrder {
  return {
    caseNo: request.caseNo,
    status: 'awaiting_assignment',
    productCategory: request.productCategory,
    serviceType: request.serviceType,
    requiredSkill: request.requiredSkill ?? request.productCategory,
    // A carry-in repair (送修) happens at the outlet: no visit, no check-in.
    place: request.serviceType === 'repair_carry_in' ? 'outlet' : 'onsite',
    outletId: request.outletId ?? null,
    siteId: request.site.siteId,
    siteProvince: request.site.province,
    siteLat: request.site.lat,
    siteLon: request.site.lon,
    serviceDate,
    technicianId: null,
    expectedArrivalAt: null,
    appointmentConfirmedAt: null,
    appointmentChannel: null,
    checkedInAt: null,
    signedOffAt: null,
    closedAt: null,
  };
}

/** The site's province and coordinates are part of an address: they stay out of the event. */
function createdEventData(w: WorkOrder): WorkOrderCreatedV1 {
  return {
    workOrderId: w.id,
    caseNo: w.caseNo,
    productCategory: w.productCategory,
    serviceType: w.serviceType,
    requiredSkill: w.requiredSkill,
    place: w.place,
    siteId: w.siteId,
    outletId: w.outletId,
    serviceDate: w.serviceDate,
    createdAt: w.createdAt.toISOString(),
  };
}
