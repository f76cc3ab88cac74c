import { Injectable } from '@nestjs/common';
import type { ListMovementsQuery, ListReservationsQuery, ListStockQuery, LocationView, MovementView, ReservationView, StockBalanceView } from '@aftersales/contracts';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { toBalanceView, toLocationView, toMovementView, toReservationView } from '../../stock.view';

/** Reads locations, balances, the ledger and reservations. */
@Injectable()
export class QueryStockUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  locations(): Promise<LocationView[]> {
    return this.inventory.read(async (tx) => (await tx.stock.locations()).map(toLocationView));
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
