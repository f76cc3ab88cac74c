import { Injectable } from '@nestjs/common';
import { DomainError, InventoryEventSubjects, type IssueRequisitionCommand, type RequisitionView } from '@aftersales/contracts';
import { InventoryErrors } from '../../../inventory.errors';
import { InventoryUnitOfWork, type InventoryTransaction } from '../../../persistence/inventory-unit-of-work';
import { notFound, requireLocation, requirePart } from '../../../persistence/inventory.lookups';
import { proposeReorderIfLow } from '../../../purchasing/reorder-proposal';
import { insertLocation } from '../../../stock/use-cases/register-location/register-location.use-case';
import type { StockLocation } from '../../../stock/stock-location.entity';
import type { Requisition } from '../../requisition.entity';
import { toRequisitionView } from '../../requisition.view';

/**
 * Hands the parts of an approved requisition to the technician's van (opened on first need). Units the case
 * reserved at the source are the ones issued; serial-tracked parts name each unit. Issuing twice changes nothing.
 */
@Injectable()
export class IssueRequisitionUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(command: IssueRequisitionCommand, causationId?: string): Promise<RequisitionView> {
    return this.inventory.inTransaction(async (tx) => {
      const requisition = await tx.requisitions.lock(command.requisitionId);
      if (!requisition) throw notFound(InventoryErrors.REQUISITION_NOT_FOUND, 'requisitionId', command.requisitionId);
      if (requisition.status === 'issued') return toRequisitionView(requisition);
      if (requisition.status !== 'approved') {
        throw new DomainError(InventoryErrors.REQUISITION_NOT_APPROVED, { details: [{ field: 'requisitionId', reason: `the requisition is ${requisition.status}`, reasonZh: `领料单状态为 ${requisition.status}` }] });
      }
      const source = await requireLocation(tx, requisition.fromLocationId, 'fromLocationId');
      const van = await this.vanOf(tx, requisition.technicianId, causationId);
      const movementIds = await this.issueLines(tx, requisition, command, source, van, causationId);
      const issuedAt = new Date();
      const saved = await tx.requisitions.save(Object.assign(requisition, { status: 'issued', issuedAt, movementIds }));
      await tx.appendEvent({
        subject: InventoryEventSubjects.requisitionIssued,
        aggregateId: saved.id,
        correlationId: saved.caseNo ?? saved.id,
        causationId,
        data: { requisitionId: saved.id, caseNo: saved.caseNo, technicianId: saved.technicianId, vanLocationId: van.id, movementIds, issuedAt: issuedAt.toISOString() },
      });
      return toRequisitionView(saved);
    });
  }

  private async issueLines(tx: InventoryTransaction, requisition: Requisition, command: IssueRequisitionCommand, source: StockLocation, van: StockLocation, causationId?: string): Promise<string[]> {
    const movementIds: string[] = [];
    for (const [i, line] of requisition.lines.entries()) {
      const part = await requirePart(tx, line.partCode, `lines.${i}.partCode`);
      const serialIndex = command.serials.findIndex((s) => s.partCode === line.partCode);
      const reservation = requisition.caseNo ? await tx.stock.lockReservation(requisition.caseNo, line.partCode) : null;
      const fulfils = reservation?.status === 'active' && reservation.locationId === source.id ? Math.min(reservation.qty, line.qty) : 0;
      const movement = await tx.ledger.move({
        kind: 'issue',
        part,
        qty: line.qty,
        fromLocationId: source.id,
        toLocationId: van.id,
        serialNos: command.serials[serialIndex]?.serialNos,
        caseNo: requisition.caseNo,
        reference: requisition.id,
        fulfilsReserved: fulfils,
        qtyField: `lines.${i}.qty`,
        serialsField: serialIndex >= 0 ? `serials.${serialIndex}.serialNos` : 'serials',
        causationId,
      });
      if (reservation && fulfils > 0) await tx.stock.saveReservation(Object.assign(reservation, { status: 'issued', endedAt: new Date() }));
      if (source.kind === 'central') await proposeReorderIfLow(tx, part.partCode, causationId);
      movementIds.push(movement.id);
    }
    return movementIds;
  }

  private async vanOf(tx: InventoryTransaction, technicianId: string, causationId?: string): Promise<StockLocation> {
    return (await tx.stock.locationOf('van', technicianId)) ?? ((await insertLocation(tx, { kind: 'van', technicianId }, causationId)) as StockLocation);
  }
}
