import { Injectable } from '@nestjs/common';
import type { StocktakeView } from '@aftersales/contracts';
import { InventoryErrors } from '../../../inventory.errors';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { notFound } from '../../../persistence/inventory.lookups';
import { toStocktakeView } from '../../stocktake.view';

/** The count sheet with its variance report. */
@Injectable()
export class GetStocktakeUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(stocktakeId: string): Promise<StocktakeView> {
    return this.inventory.read(async (tx) => {
      const stocktake = await tx.stocktakes.find(stocktakeId);
      if (!stocktake) throw notFound(InventoryErrors.STOCKTAKE_NOT_FOUND, 'stocktakeId', stocktakeId);
      return toStocktakeView(stocktake, await tx.stocktakes.lines(stocktakeId));
    });
  }
}
