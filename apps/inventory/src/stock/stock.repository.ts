import { In, type EntityManager } from 'typeorm';
import type { InventoryPage, ListMovementsQuery, LocationKind } from '@aftersales/contracts';
import { Consumption } from './consumption.entity';
import { definedOnly, pageOf } from '../persistence/defined-only';
import { Reservation } from './reservation.entity';
import { SerialUnit } from './serial-unit.entity';
import { StockBalance } from './stock-balance.entity';
import { StockLocation } from './stock-location.entity';
import { StockMovement } from './stock-movement.entity';

/** Locations, balances, movements, reservations and consumptions as one transaction (or plain reads) sees them. */
export class StockRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Inserts the location, or returns null when its owner has one (transaction intact). */
  async insertLocation(kind: LocationKind, ownerRef: string): Promise<StockLocation | null> {
    const result = await this.manager.createQueryBuilder().insert().into(StockLocation).values({ kind, ownerRef }).orIgnore().returning('id').execute();
    const inserted = result.raw as { id: string }[];
    return inserted.length === 1 ? this.manager.findOneByOrFail(StockLocation, { id: inserted[0].id }) : null;
  }

  location(id: string): Promise<StockLocation | null> {
    return this.manager.findOneBy(StockLocation, { id });
  }

  locationOf(kind: LocationKind, ownerRef: string): Promise<StockLocation | null> {
    return this.manager.findOneBy(StockLocation, { kind, ownerRef });
  }

  /** Oldest first; by kind and owner (an outlet id or a technician id) when given. */
  locations(filter: { kind?: LocationKind; ownerRef?: string }, page: InventoryPage): Promise<StockLocation[]> {
    return this.manager.find(StockLocation, { where: definedOnly(filter), order: { createdAt: 'ASC', id: 'ASC' }, ...pageOf(page) });
  }

  balances(filter: { locationId?: string; partCode?: string }, page?: InventoryPage): Promise<StockBalance[]> {
    return this.manager.find(StockBalance, { where: definedOnly({ locationId: filter.locationId, partCode: filter.partCode }), order: { partCode: 'ASC', locationId: 'ASC' }, ...pageOf(page) });
  }

  /** Balances of these parts with at least `minAvailable` free units, in any location but a technician's van. */
  async balancesWithAvailableOutsideVans(partCodes: readonly string[], minAvailable: number): Promise<StockBalance[]> {
    if (partCodes.length === 0) return [];
    return this.manager
      .getRepository(StockBalance)
      .createQueryBuilder('b')
      .innerJoin(StockLocation, 'l', 'l.id = b.location_id')
      .where('b.part_code IN (:...partCodes)', { partCodes })
      .andWhere('b.on_hand - b.reserved >= :minAvailable', { minAvailable })
      .andWhere("l.kind <> 'van'")
      .orderBy('b.on_hand - b.reserved', 'DESC')
      .addOrderBy('b.location_id')
      .getMany();
  }

  serialsAt(locationIds: readonly string[], partCodes?: readonly string[]): Promise<SerialUnit[]> {
    if (locationIds.length === 0) return Promise.resolve([]);
    return this.manager.find(SerialUnit, { where: { locationId: In(locationIds), ...(partCodes ? { partCode: In(partCodes) } : {}) }, order: { serialNo: 'ASC' } });
  }

  movements(query: Partial<ListMovementsQuery>): Promise<StockMovement[]> {
    const qb = this.manager.getRepository(StockMovement).createQueryBuilder('m').orderBy('m.recorded_at', 'ASC').addOrderBy('m.id', 'ASC').take(query.limit ?? 500).skip(query.offset ?? 0);
    if (query.partCode) qb.andWhere('m.part_code = :partCode', { partCode: query.partCode });
    if (query.locationId) qb.andWhere('(m.from_location_id = :loc OR m.to_location_id = :loc)', { loc: query.locationId });
    return qb.getMany();
  }

  movementsByIds(ids: readonly string[]): Promise<StockMovement[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.manager.findBy(StockMovement, { id: In(ids) });
  }

  /** Inserts an active reservation, or returns null when the case holds one of the part (transaction intact). */
  async insertReservation(values: Pick<Reservation, 'caseNo' | 'partCode' | 'locationId' | 'qty'>): Promise<Reservation | null> {
    const row = { ...values, status: 'active' as const, reservedAt: new Date(), endedAt: null };
    const result = await this.manager.createQueryBuilder().insert().into(Reservation).values(row).orIgnore().returning('id').execute();
    const inserted = result.raw as { id: string }[];
    return inserted.length === 1 ? this.manager.findOneByOrFail(Reservation, { id: inserted[0].id }) : null;
  }

  /** The case's reservation of the part, locked until commit. */
  lockReservation(caseNo: string, partCode: string): Promise<Reservation | null> {
    return this.manager.findOne(Reservation, { where: { caseNo, partCode }, lock: { mode: 'pessimistic_write' } });
  }

  lockActiveReservations(caseNo: string, partCode?: string): Promise<Reservation[]> {
    return this.manager.find(Reservation, { where: definedOnly({ caseNo, partCode, status: 'active' as const }), order: { partCode: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  reservations(where: { caseNo?: string; partCode?: string; status?: Reservation['status'] }, page?: InventoryPage): Promise<Reservation[]> {
    return this.manager.find(Reservation, { where: definedOnly(where), order: { reservedAt: 'ASC', id: 'ASC' }, ...pageOf(page) });
  }

  saveReservation(reservation: Reservation): Promise<Reservation> {
    return this.manager.save(reservation);
  }

  consumption(idempotencyKey: string): Promise<Consumption | null> {
    return this.manager.findOneBy(Consumption, { idempotencyKey });
  }

  /** Takes the key for this transaction; null when another call holds it (it then waits for that call's commit). */
  async claimConsumption(values: Omit<Consumption, 'id'>): Promise<Consumption | null> {
    const result = await this.manager.createQueryBuilder().insert().into(Consumption).values(values).orIgnore().returning('id').execute();
    const inserted = result.raw as { id: string }[];
    return inserted.length === 1 ? this.manager.findOneByOrFail(Consumption, { id: inserted[0].id }) : null;
  }

  saveConsumption(consumption: Consumption): Promise<Consumption> {
    return this.manager.save(consumption);
  }
}
