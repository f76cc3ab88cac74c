import { Injectable } from '@nestjs/common';
import { DomainError, InventoryEventSubjects, type ConsumePartsRequest, type ConsumptionView } from '@aftersales/contracts';
import { InventoryErrors } from '../../../inventory.errors';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { notFound, requirePart } from '../../../persistence/inventory.lookups';
import type { Consumption } from '../../consumption.entity';
import { toConsumptionView } from '../../stock.view';

const linesOf = (request: ConsumePartsRequest) => request.lines.map((l) => ({ partCode: l.partCode, qty: l.qty, serialNos: l.serialNos ?? [] }));
/** Lines as one comparable string (jsonb does not keep key order). */
const canonical = (lines: Consumption['lines']): string => lines.map((l) => `${l.partCode}*${l.qty}*${l.serialNos.join('+')}`).join(',');
const sameRequest = (c: Consumption, request: ConsumePartsRequest): boolean =>
  c.caseNo === request.caseNo && c.technicianId === request.technicianId && canonical(c.lines) === canonical(linesOf(request));

/**
 * Takes the parts used on site out of the technician's van in one step: every line or none. The idempotency
 * key is claimed in the same transaction, so a retried call replays the first answer and consumes nothing more.
 */
@Injectable()
export class ConsumePartsUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(request: ConsumePartsRequest, causationId?: string): Promise<ConsumptionView> {
    return this.inventory.inTransaction(async (tx) => {
      const van = await tx.stock.locationOf('van', request.technicianId);
      if (!van) throw notFound(InventoryErrors.VAN_NOT_FOUND, 'technicianId', request.technicianId);
      const lines = linesOf(request);
      const claimed = await tx.stock.claimConsumption({ idempotencyKey: request.idempotencyKey, caseNo: request.caseNo, technicianId: request.technicianId, vanLocationId: van.id, lines, movementIds: [], recordedAt: new Date() });
      if (!claimed) {
        const first = (await tx.stock.consumption(request.idempotencyKey)) as Consumption;
        if (sameRequest(first, request)) return toConsumptionView(first);
        throw new DomainError(InventoryErrors.IDEMPOTENCY_KEY_REUSED, { details: [{ field: 'idempotencyKey', reason: 'was used for a different consumption', reasonZh: '已用于其他耗用记录' }] });
      }
      const movementIds: string[] = [];
      for (const [i, line] of lines.entries()) {
        const part = await requirePart(tx, line.partCode, `lines.${i}.partCode`);
        const movement = await tx.ledger.move({ kind: 'consumption', part, qty: line.qty, fromLocationId: van.id, serialNos: line.serialNos, caseNo: request.caseNo, reference: request.idempotencyKey, qtyField: `lines.${i}.qty`, causationId });
        movementIds.push(movement.id);
      }
      const consumption = await tx.stock.saveConsumption(Object.assign(claimed, { movementIds }));
      await tx.appendEvent({
        subject: InventoryEventSubjects.partsConsumed,
        aggregateId: consumption.id,
        correlationId: consumption.caseNo,
        causationId,
        data: { consumptionId: consumption.id, caseNo: consumption.caseNo, technicianId: consumption.technicianId, vanLocationId: van.id, lines, consumedAt: consumption.recordedAt.toISOString() },
      });
      return toConsumptionView(consumption);
    });
  }
}
