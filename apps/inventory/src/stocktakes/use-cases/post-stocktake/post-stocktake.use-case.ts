import { Injectable } from '@nestjs/common';
import { InventoryEventSubjects, type StocktakeView } from '@aftersales/contracts';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { requirePart } from '../../../persistence/inventory.lookups';
import { proposeReorderIfLow } from '../../../purchasing/reorder-proposal';
import { variancePosting } from '../../stocktake-variance';
import { lockOpenStocktake } from '../../stocktake.rules';
import { toStocktakeView } from '../../stocktake.view';

/**
 * Posts the variances of the counted lines as stocktake-variance movements against the books as they stand
 * now, so movements during the count are not undone; uncounted lines post nothing.
 */
@Injectable()
export class PostStocktakeUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(stocktakeId: string, causationId?: string): Promise<StocktakeView> {
    return this.inventory.inTransaction(async (tx) => {
      const stocktake = await lockOpenStocktake(tx, stocktakeId);
      const location = await tx.stock.location(stocktake.locationId);
      const lines = await tx.stocktakes.lines(stocktake.id);
      const movementIds: string[] = [];
      const variances: { partCode: string; variance: number }[] = [];
      for (const [i, line] of lines.entries()) {
        if (line.counted === null) continue;
        const part = await requirePart(tx, line.partCode, `lines.${i}.partCode`);
        const [balance] = await tx.stock.balances({ locationId: stocktake.locationId, partCode: part.partCode });
        const bookSerialNos = part.serialTracked ? (await tx.stock.serialsAt([stocktake.locationId], [part.partCode])).map((s) => s.serialNo) : [];
        const posting = variancePosting({ bookQty: balance?.onHand ?? 0, bookSerialNos, counted: line.counted, countedSerialNos: line.countedSerialNos, serialTracked: part.serialTracked });
        const common = { kind: 'stocktake_variance' as const, part, reference: stocktake.id, qtyField: `lines.${i}.counted`, serialsField: `lines.${i}.serialNos`, causationId };
        if (posting.outQty > 0) movementIds.push((await tx.ledger.move({ ...common, qty: posting.outQty, fromLocationId: stocktake.locationId, serialNos: part.serialTracked ? posting.outSerialNos : undefined })).id);
        if (posting.inQty > 0) movementIds.push((await tx.ledger.move({ ...common, qty: posting.inQty, toLocationId: stocktake.locationId, serialNos: part.serialTracked ? posting.inSerialNos : undefined })).id);
        if (posting.outQty !== posting.inQty) variances.push({ partCode: part.partCode, variance: posting.inQty - posting.outQty });
        if (posting.outQty > 0 && location?.kind === 'central') await proposeReorderIfLow(tx, part.partCode, causationId);
      }
      const postedAt = new Date();
      const saved = await tx.stocktakes.save(Object.assign(stocktake, { status: 'posted', postedAt, movementIds }));
      await tx.appendEvent({
        subject: InventoryEventSubjects.stocktakePosted,
        aggregateId: saved.id,
        correlationId: saved.id,
        causationId,
        data: { stocktakeId: saved.id, locationId: saved.locationId, variances, movementIds, postedAt: postedAt.toISOString() },
      });
      return toStocktakeView(saved, lines);
    });
  }
}
