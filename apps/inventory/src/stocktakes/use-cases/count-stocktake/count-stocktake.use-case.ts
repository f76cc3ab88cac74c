import { Injectable } from '@nestjs/common';
import { DomainError, InventoryEventSubjects, type CountStocktakeCommand, type StocktakeView } from '@aftersales/contracts';
import { InventoryErrors } from '../../../inventory.errors';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { requirePart } from '../../../persistence/inventory.lookups';
import { lockOpenStocktake } from '../../stocktake.rules';
import { toStocktakeView } from '../../stocktake.view';

/** Enters counted quantities on the sheet; a part found that the books lack gets a line of its own. */
@Injectable()
export class CountStocktakeUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(command: CountStocktakeCommand, causationId?: string): Promise<StocktakeView> {
    return this.inventory.inTransaction(async (tx) => {
      const stocktake = await lockOpenStocktake(tx, command.stocktakeId);
      const lines = await tx.stocktakes.lines(stocktake.id);
      for (const [i, count] of command.lines.entries()) {
        const part = await requirePart(tx, count.partCode, `lines.${i}.partCode`);
        if (part.serialTracked && !count.serialNos) throw new DomainError(InventoryErrors.SERIALS_REQUIRED, { details: [{ field: `lines.${i}.serialNos`, reason: 'must list the units counted', reasonZh: '须列出盘点到的序列号' }] });
        if (!part.serialTracked && count.serialNos) throw new DomainError(InventoryErrors.SERIALS_NOT_ALLOWED, { details: [{ field: `lines.${i}.serialNos`, reason: `${part.partCode} is not serial-tracked`, reasonZh: `${part.partCode} 不按序列号管理` }] });
        const line = lines.find((l) => l.partCode === part.partCode);
        const counted = { counted: count.counted, countedSerialNos: count.serialNos ?? null };
        if (line) Object.assign(line, counted);
        else lines.push(tx.stocktakes.newLine({ stocktakeId: stocktake.id, partCode: part.partCode, expected: 0, expectedSerialNos: [], ...counted }));
      }
      const saved = await tx.stocktakes.saveLines(lines);
      await tx.appendEvent({
        subject: InventoryEventSubjects.stocktakeCounted,
        aggregateId: stocktake.id,
        correlationId: stocktake.id,
        causationId,
        data: { stocktakeId: stocktake.id, locationId: stocktake.locationId, partCodes: command.lines.map((l) => l.partCode), countedAt: new Date().toISOString() },
      });
      return toStocktakeView(stocktake, saved.sort((a, b) => a.partCode.localeCompare(b.partCode)));
    });
  }
}
