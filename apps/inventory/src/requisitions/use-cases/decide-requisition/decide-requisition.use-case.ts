import { Injectable } from '@nestjs/common';
import { DomainError, InventoryEventSubjects, type DecideRequisitionCommand, type RequisitionView } from '@aftersales/contracts';
import { InventoryErrors } from '../../../inventory.errors';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { notFound } from '../../../persistence/inventory.lookups';
import { toRequisitionView } from '../../requisition.view';

/** The department head approves or rejects a requisition, once. */
@Injectable()
export class DecideRequisitionUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(command: DecideRequisitionCommand, causationId?: string): Promise<RequisitionView> {
    return this.inventory.inTransaction(async (tx) => {
      const requisition = await tx.requisitions.lock(command.requisitionId);
      if (!requisition) throw notFound(InventoryErrors.REQUISITION_NOT_FOUND, 'requisitionId', command.requisitionId);
      if (requisition.status !== 'requested') throw new DomainError(InventoryErrors.REQUISITION_DECIDED, { details: [{ field: 'decision', reason: `the requisition is ${requisition.status}`, reasonZh: `领料单状态为 ${requisition.status}` }] });
      const decidedAt = new Date();
      Object.assign(requisition, { status: command.decision, decidedBy: command.decidedBy, decisionReason: command.reason ?? null, decidedAt });
      const saved = await tx.requisitions.save(requisition);
      await tx.appendEvent({
        subject: InventoryEventSubjects.requisitionDecided,
        aggregateId: saved.id,
        correlationId: saved.caseNo ?? saved.id,
        causationId,
        data: { requisitionId: saved.id, caseNo: saved.caseNo, decision: command.decision, decidedAt: decidedAt.toISOString() },
      });
      return toRequisitionView(saved);
    });
  }
}
