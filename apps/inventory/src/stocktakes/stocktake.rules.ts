import { DomainError } from '@aftersales/contracts';
import { InventoryErrors } from '../inventory.errors';
import type { InventoryTransaction } from '../persistence/inventory-unit-of-work';
import { notFound } from '../persistence/inventory.lookups';
import type { Stocktake } from './stocktake.entity';

/** The stocktake, locked, while it is still open for counting. */
export async function lockOpenStocktake(tx: InventoryTransaction, stocktakeId: string): Promise<Stocktake> {
  const stocktake = await tx.stocktakes.lock(stocktakeId);
  if (!stocktake) throw notFound(InventoryErrors.STOCKTAKE_NOT_FOUND, 'stocktakeId', stocktakeId);
  if (stocktake.status !== 'open') throw new DomainError(InventoryErrors.STOCKTAKE_POSTED, { details: [{ field: 'stocktakeId', reason: 'is posted already', reasonZh: '已过账' }] });
  return stocktake;
}
