import { Injectable } from '@nestjs/common';
import { DomainError, OutletEventSubjects, type MoveOutletCommand, type OutletView } from '@aftersales/contracts';
import { handOverWorkOrders } from '../../hand-over-work-orders';
import { OutletErrors } from '../../outlet.errors';
import { OutletRepository } from '../../outlet.repository';
import { toOutletView } from '../../outlet.view';

/** Moves an outlet (new address, place or coverage); work orders it no longer covers go to the next covering outlet. */
@Injectable()
export class MoveOutletUseCase {
  constructor(private readonly outlets: OutletRepository) {}

  execute({ outletId, move }: MoveOutletCommand, causationId?: string): Promise<OutletView> {
    return this.outlets.inTransaction(async (tx) => {
      const outlet = await tx.lockById(outletId);
      if (!outlet) throw new DomainError(OutletErrors.OUTLET_NOT_FOUND);
      if (outlet.status === 'closed') throw new DomainError(OutletErrors.OUTLET_CLOSED, { details: [{ field: 'status', reason: 'a closed outlet cannot move' }] });
      Object.assign(outlet, {
        address: move.address,
        city: move.city,
        province: move.province,
        lat: move.location.lat,
        lon: move.location.lon,
        coverageRadiusKm: 'radiusKm' in move.coverage ? move.coverage.radiusKm : null,
        coverageRegions: 'regions' in move.coverage ? move.coverage.regions : [],
      });
      await tx.saveOutlet(outlet);
      const now = new Date();
      const { reassigned, uncovered } = await handOverWorkOrders(tx, outlet, now, causationId);
      await tx.appendEvent({
        subject: OutletEventSubjects.outletMoved,
        aggregateId: outlet.id,
        correlationId: outlet.id,
        causationId,
        data: { outletId: outlet.id, province: outlet.province, reassignedWorkOrders: reassigned, uncoveredCases: uncovered, movedAt: now.toISOString() },
      });
      return toOutletView(outlet, await tx.steps(outlet.id));
    });
  }
}
