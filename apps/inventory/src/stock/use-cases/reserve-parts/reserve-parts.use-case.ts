import { Injectable } from '@nestjs/common';
import { DomainError, InventoryEventSubjects, type ReservationView, type ReservePartsRequest } from '@aftersales/contracts';
import { InventoryErrors } from '../../../inventory.errors';
import { InventoryUnitOfWork, type InventoryTransaction } from '../../../persistence/inventory-unit-of-work';
import { requireCentral, requireLocation, requirePart } from '../../../persistence/inventory.lookups';
import type { Part } from '../../../parts/part.entity';
import { shortageDetails, stockAlternatives } from '../../stock-alternatives';
import type { Reservation } from '../../reservation.entity';
import { toReservationView } from '../../stock.view';

/**
 * Holds units of a part for a case. The balance row is raised by a conditional UPDATE, so of two cases racing
 * for the last unit exactly one wins; the other is refused with INVENTORY.INSUFFICIENT_STOCK and offered a
 * substitute, a transfer or a purchase. Asking again for the same case and part answers the same reservation.
 */
@Injectable()
export class ReservePartsUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(request: ReservePartsRequest, causationId?: string): Promise<ReservationView> {
    return this.inventory.inTransaction(async (tx) => {
      const part = await requirePart(tx, request.partCode);
      if (part.discontinuedAt) throw new DomainError(InventoryErrors.PART_DISCONTINUED, { details: [{ field: 'partCode', reason: `${part.partCode} is discontinued; substitutes: ${part.substitutes.join(', ') || 'none'}`, reasonZh: `${part.partCode} 已停产` }] });
      const location = request.locationId ? await requireLocation(tx, request.locationId) : await requireCentral(tx);
      const values = { caseNo: request.caseNo, partCode: part.partCode, locationId: location.id, qty: request.qty };
      let reservation = await tx.stock.insertReservation(values);
      if (!reservation) {
        const existing = (await tx.stock.lockReservation(request.caseNo, part.partCode)) as Reservation;
        if (existing.status === 'active') {
          if (existing.qty === request.qty && existing.locationId === location.id) return toReservationView(existing);
          throw new DomainError(InventoryErrors.RESERVATION_EXISTS, { details: [{ field: 'qty', reason: `the case holds ${existing.qty} of ${part.partCode} already`, reasonZh: `该工单已预留 ${existing.qty} 件` }] });
        }
        reservation = await tx.stock.saveReservation(Object.assign(existing, values, { status: 'active', reservedAt: new Date(), endedAt: null }));
      }
      if (!(await tx.ledger.changeReserved(location.id, part.partCode, request.qty))) throw await this.shortage(tx, part, request, location.id);
      await tx.appendEvent({
        subject: InventoryEventSubjects.reservationMade,
        aggregateId: reservation.id,
        correlationId: reservation.caseNo,
        causationId,
        data: { reservationId: reservation.id, caseNo: reservation.caseNo, partCode: part.partCode, locationId: location.id, qty: reservation.qty, reservedAt: reservation.reservedAt.toISOString() },
      });
      return toReservationView(reservation);
    });
  }

  private async shortage(tx: InventoryTransaction, part: Part, request: ReservePartsRequest, locationId: string): Promise<DomainError> {
    const substitutes = (await tx.parts.findMany(part.substitutes)).filter((p) => !p.discontinuedAt).map((p) => p.partCode);
    const ordered = part.substitutes.filter((code) => substitutes.includes(code));
    // Stock in a technician's van is on its way to a job: only warehouses and outlets are offered.
    const holdings = (await tx.stock.balancesWithAvailableOutsideVans([part.partCode, ...ordered], request.qty)).map((b) => ({ locationId: b.locationId, partCode: b.partCode, available: b.onHand - b.reserved }));
    const supplier = part.preferredSupplierId ? await tx.purchasing.supplier(part.preferredSupplierId) : null;
    const facts = {
      partCode: part.partCode,
      qty: request.qty,
      locationId,
      available: await tx.ledger.available(locationId, part.partCode),
      substitutes: ordered,
      holdings,
      preferredSupplier: supplier ? { supplierId: supplier.id, leadTimeDays: supplier.leadTimeDays } : null,
    };
    return new DomainError(InventoryErrors.INSUFFICIENT_STOCK, { details: shortageDetails(facts, stockAlternatives(facts)) });
  }
}
