import { Injectable } from '@nestjs/common';
import { InventoryEventSubjects, type RequestRequisitionRequest, type RequisitionView } from '@aftersales/contracts';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { requireLocation, requirePart } from '../../../persistence/inventory.lookups';
import { toRequisitionView } from '../../requisition.view';

/** A technician asks for parts from a location (领料申请); nothing moves until the department head approves. */
@Injectable()
export class RequestRequisitionUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(request: RequestRequisitionRequest, causationId?: string): Promise<RequisitionView> {
    return this.inventory.inTransaction(async (tx) => {
      await requireLocation(tx, request.fromLocationId, 'fromLocationId');
      for (const [i, line] of request.lines.entries()) await requirePart(tx, line.partCode, `lines.${i}.partCode`);
      const requisition = await tx.requisitions.create({ ...request, caseNo: request.caseNo ?? null });
      await tx.appendEvent({
        subject: InventoryEventSubjects.requisitionRequested,
        aggregateId: requisition.id,
        correlationId: requisition.caseNo ?? requisition.id,
        causationId,
        data: { requisitionId: requisition.id, technicianId: requisition.technicianId, fromLocationId: requisition.fromLocationId, caseNo: requisition.caseNo, lines: requisition.lines, requestedAt: requisition.createdAt.toISOString() },
      });
      return toRequisitionView(requisition);
    });
  }
}
