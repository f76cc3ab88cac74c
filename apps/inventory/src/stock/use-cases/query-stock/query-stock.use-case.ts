import { Injectable } from '@nestjs/common';
import type { ListLocationsQuery, ListMovementsQuery, ListReservationsQuery, ListStockQuery, LocationView, MovementView, ReservationView, StockBalanceView } from '@aftersales/contracts';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { toBalanceView, toLocationView, toMovementView, toReservationView } from '../../stock.view';

/** Reads locations, balances, the ledger and reservations. */
@Injectable()
export class QueryStockUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  /** A page of locations; an outlet id or a technician id names one owner's location. */
  locations(query: ListLocationsQuery): Promise<LocationView[]> {
    const kind = query.outletId ? 'outlet' : query.technicianId ? 'van' : query.kind;
    return this.inventory.read(async (tx) => (await tx.stock.locations({ kind, ownerRef: query.outletId ?? query.technicianId }, query)).map(toLocationView));
  }

  balances(query: ListStockQuery): Promise<StockBalanceView[]> {
    return this.inventory.read(async (tx) => {
      const balances = await tx.stock.balances(query, query);
      const serials = await tx.stock.serialsAt([...new Set(balances.map((b) => b.locationId))], query.partCode ? [query.partCode] : undefined);
      return balances.map((b) => toBalanceView(b, serials));
    });
  }

  movements(query: Partial<ListMovementsQuery>): Promise<MovementView[]> {
    return this.inventory.read(async (tx) => (await tx.stock.movements(query)).map(toMovementView));
  }

  reservations(query: ListReservationsQuery): Promise<ReservationView[]> {
    const { caseNo, partCode } = query;
    return this.inventory.read(async (tx) => (await tx.stock.reservations({ caseNo, partCode }, query)).map(toReservationView));
  }
}
