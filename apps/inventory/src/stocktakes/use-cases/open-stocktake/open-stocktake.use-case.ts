import { Injectable } from '@nestjs/common';
import { InventoryEventSubjects, type OpenStocktakeRequest, type StocktakeView } from '@aftersales/contracts';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { requireLocation } from '../../../persistence/inventory.lookups';
import { toStocktakeView } from '../../stocktake.view';

/** Opens a count sheet (盘点表) listing every part the location's books hold, with the units by serial. */
@Injectable()
export class OpenStocktakeUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(request: OpenStocktakeRequest, causationId?: string): Promise<StocktakeView> {
    return this.inventory.inTransaction(async (tx) => {
      await requireLocation(tx, request.locationId);
      const stocktake = await tx.stocktakes.create(request.locationId);
      const balances = await tx.stock.balances({ locationId: request.locationId });
      const serials = await tx.stock.serialsAt([request.locationId]);
      const lines = await tx.stocktakes.saveLines(
        balances.map((b) =>
          tx.stocktakes.newLine({
            stocktakeId: stocktake.id,
            partCode: b.partCode,
            expected: b.onHand,
            expectedSerialNos: serials.filter((s) => s.partCode === b.partCode).map((s) => s.serialNo),
            counted: null,
            countedSerialNos: null,
          }),
        ),
      );
      await tx.appendEvent({
        subject: InventoryEventSubjects.stocktakeOpened,
        aggregateId: stocktake.id,
        correlationId: stocktake.id,
        causationId,
        data: { stocktakeId: stocktake.id, locationId: stocktake.locationId, lines: lines.length, openedAt: stocktake.openedAt.toISOString() },
      });
      return toStocktakeView(stocktake, lines);
    });
  }
}
