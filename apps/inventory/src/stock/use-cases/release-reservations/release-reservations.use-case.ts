import { Injectable } from '@nestjs/common';
import { InventoryEventSubjects, type ReleaseReservationsRequest, type ReservationView } from '@aftersales/contracts';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { toReservationView } from '../../stock.view';

/** Gives a case's held units back to available stock (case cancelled or closed); what is released stays released. */
@Injectable()
export class ReleaseReservationsUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(request: ReleaseReservationsRequest, causationId?: string): Promise<ReservationView[]> {
    return this.inventory.inTransaction(async (tx) => {
      const released: ReservationView[] = [];
      for (const reservation of await tx.stock.lockActiveReservations(request.caseNo, request.partCode)) {
        await tx.ledger.changeReserved(reservation.locationId, reservation.partCode, -reservation.qty);
        const endedAt = new Date();
        await tx.stock.saveReservation(Object.assign(reservation, { status: 'released', endedAt }));
        await tx.appendEvent({
          subject: InventoryEventSubjects.reservationReleased,
          aggregateId: reservation.id,
          correlationId: reservation.caseNo,
          causationId,
          data: { reservationId: reservation.id, caseNo: reservation.caseNo, partCode: reservation.partCode, locationId: reservation.locationId, qty: reservation.qty, releasedAt: endedAt.toISOString() },
        });
        released.push(toReservationView(reservation));
      }
      return released;
    });
  }
}
