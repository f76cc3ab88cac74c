import { Injectable } from '@nestjs/common';
import { DomainError, InventoryEventSubjects, type LocationView, type RegisterLocationRequest } from '@aftersales/contracts';
import { InventoryErrors } from '../../../inventory.errors';
import { InventoryUnitOfWork, type InventoryTransaction } from '../../../persistence/inventory-unit-of-work';
import type { StockLocation } from '../../stock-location.entity';
import { toLocationView } from '../../stock.view';

const ownerOf = (r: RegisterLocationRequest): string => r.outletId ?? r.technicianId ?? 'central';

/** Registers the central warehouse, an outlet's stock or a technician's van: one location per owner. */
@Injectable()
export class RegisterLocationUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(request: RegisterLocationRequest, causationId?: string): Promise<LocationView> {
    return this.inventory.inTransaction(async (tx) => {
      const location = await insertLocation(tx, request, causationId);
      if (!location) throw new DomainError(InventoryErrors.LOCATION_EXISTS, { details: [{ field: request.kind === 'central' ? 'kind' : request.kind === 'van' ? 'technicianId' : 'outletId', reason: 'already has a stock location', reasonZh: '已有库位' }] });
      return toLocationView(location);
    });
  }
}

/** Inserts the location with its event; null when the owner has one. Issues use it to open a van on first need. */
export async function insertLocation(tx: InventoryTransaction, request: RegisterLocationRequest, causationId?: string): Promise<StockLocation | null> {
  const location = await tx.stock.insertLocation(request.kind, ownerOf(request));
  if (!location) return null;
  const view = toLocationView(location);
  await tx.appendEvent({
    subject: InventoryEventSubjects.locationRegistered,
    aggregateId: location.id,
    correlationId: location.id,
    causationId,
    data: { ...view, registeredAt: location.createdAt.toISOString() },
  });
  return location;
}
