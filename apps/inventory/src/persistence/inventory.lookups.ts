import { DomainError, type ErrorDefinition } from '@aftersales/contracts';
import { InventoryErrors } from '../inventory.errors';
import type { Part } from '../parts/part.entity';
import type { StockLocation } from '../stock/stock-location.entity';
import type { InventoryTransaction } from './inventory-unit-of-work';

/** A not-found error that names the field which pointed at nothing. */
export const notFound = (definition: ErrorDefinition, field: string, value: string): DomainError =>
  new DomainError(definition, { details: [{ field, reason: `${value} is unknown`, reasonZh: `${value} 不存在` }] });

export async function requirePart(tx: InventoryTransaction, partCode: string, field = 'partCode'): Promise<Part> {
  const part = await tx.parts.find(partCode);
  if (!part) throw notFound(InventoryErrors.PART_NOT_FOUND, field, partCode);
  return part;
}

export async function requireLocation(tx: InventoryTransaction, locationId: string, field = 'locationId'): Promise<StockLocation> {
  const location = await tx.stock.location(locationId);
  if (!location) throw notFound(InventoryErrors.LOCATION_NOT_FOUND, field, locationId);
  return location;
}

export async function requireCentral(tx: InventoryTransaction): Promise<StockLocation> {
  const central = await tx.stock.locationOf('central', 'central');
  if (!central) throw new DomainError(InventoryErrors.NO_CENTRAL_WAREHOUSE);
  return central;
}
