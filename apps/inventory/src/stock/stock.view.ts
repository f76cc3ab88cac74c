import type { ConsumptionView, LocationView, MovementView, ReservationView, StockBalanceView } from '@aftersales/contracts';
import type { Consumption } from './consumption.entity';
import type { Reservation } from './reservation.entity';
import type { SerialUnit } from './serial-unit.entity';
import type { StockBalance } from './stock-balance.entity';
import type { StockLocation } from './stock-location.entity';
import type { StockMovement } from './stock-movement.entity';

export const toLocationView = (l: StockLocation): LocationView => ({
  locationId: l.id,
  kind: l.kind,
  outletId: l.kind === 'outlet' ? l.ownerRef : null,
  technicianId: l.kind === 'van' ? l.ownerRef : null,
});

export const toBalanceView = (b: StockBalance, serials: readonly SerialUnit[]): StockBalanceView => ({
  locationId: b.locationId,
  partCode: b.partCode,
  onHand: b.onHand,
  reserved: b.reserved,
  available: b.onHand - b.reserved,
  serialNos: serials.filter((s) => s.locationId === b.locationId && s.partCode === b.partCode).map((s) => s.serialNo),
});

export const toMovementView = (m: StockMovement): MovementView => ({
  movementId: m.id,
  kind: m.kind,
  partCode: m.partCode,
  qty: m.qty,
  fromLocationId: m.fromLocationId,
  toLocationId: m.toLocationId,
  serialNos: m.serialNos,
  caseNo: m.caseNo,
  reference: m.reference,
  reason: m.reason,
  recordedAt: m.recordedAt.toISOString(),
});

export const toReservationView = (r: Reservation): ReservationView => ({
  reservationId: r.id,
  caseNo: r.caseNo,
  partCode: r.partCode,
  locationId: r.locationId,
  qty: r.qty,
  status: r.status,
  reservedAt: r.reservedAt.toISOString(),
});

export const toConsumptionView = (c: Consumption): ConsumptionView => ({
  consumptionId: c.id,
  idempotencyKey: c.idempotencyKey,
  caseNo: c.caseNo,
  technicianId: c.technicianId,
  vanLocationId: c.vanLocationId,
  lines: c.lines,
  movementIds: c.movementIds,
  recordedAt: c.recordedAt.toISOString(),
});
