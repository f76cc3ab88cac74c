import { Injectable } from '@nestjs/common';
import { DomainError, OutletEventSubjects, type CloseOutletCommand, type OutletView } from '@aftersales/contracts';
import { rankCovering } from '../../coverage';
import { OutletErrors } from '../../outlet.errors';
import { OutletRepository } from '../../outlet.repository';
import { toOutletView } from '../../outlet.view';

/**
 * Closes an outlet. Each work order bound to it moves to the nearest other open outlet covering its
 * site (`offer.reassigned`, which the worker binds in dispatch); the cases no outlet covers any more
 * are published as `outlet.coverage-lost` (case numbers and work-order ids only).
 */
@Injectable()
export class CloseOutletUseCase {
  constructor(private readonly outlets: OutletRepository) {}

  execute(command: CloseOutletCommand, causationId?: string): Promise<OutletView> {
    return this.outlets.inTransaction(async (tx) => {
      const outlet = await tx.lockById(command.outletId);
      if (!outlet) throw new DomainError(OutletErrors.OUTLET_NOT_FOUND);
      if (outlet.status === 'closed') throw new DomainError(OutletErrors.OUTLET_CLOSED, { details: [{ field: 'status', reason: 'the outlet is closed already' }] });
      const previousStatus = outlet.status;
      outlet.status = 'closed';
      await tx.saveOutlet(outlet);
      const now = new Date();
      const others = await tx.openOutlets({ except: outlet.id });
      const uncovered: { caseNo: string; workOrderId: string }[] = [];
      let reassigned = 0;
      for (const offer of await tx.boundOffers(outlet.id)) {
        const [next] = rankCovering(others, { lat: offer.siteLat, lon: offer.siteLon, regions: [offer.siteProvince] });
        if (!next) {
          uncovered.push({ caseNo: offer.caseNo, workOrderId: offer.workOrderId });
          continue;
        }
        offer.outletId = next.outlet.id;
        await tx.saveOffer(offer);
        reassigned += 1;
        await tx.appendEvent({
          subject: OutletEventSubjects.offerReassigned,
          aggregateId: offer.workOrderId,
          correlationId: offer.caseNo,
          causationId,
          data: { workOrderId: offer.workOrderId, caseNo: offer.caseNo, fromOutletId: outlet.id, toOutletId: next.outlet.id, distanceKm: next.distanceKm, reassignedAt: now.toISOString() },
        });
      }
      const base = { aggregateId: outlet.id, correlationId: outlet.id, causationId };
      await tx.appendEvent({
        ...base,
        subject: OutletEventSubjects.outletClosed,
        data: { outletId: outlet.id, previousStatus, reassignedWorkOrders: reassigned, uncoveredCases: uncovered.length, closedAt: now.toISOString() },
      });
      if (uncovered.length) {
        await tx.appendEvent({
          ...base,
          subject: OutletEventSubjects.coverageLost,
          data: { outletId: outlet.id, caseNos: uncovered.map((u) => u.caseNo), workOrderIds: uncovered.map((u) => u.workOrderId), lostAt: now.toISOString() },
        });
      }
      return toOutletView(outlet, await tx.steps(outlet.id));
    });
  }
}
