import { OutletEventSubjects } from '@aftersales/contracts';
import { covers, rankCovering } from './coverage';
import type { Outlet } from './outlet.entity';
import type { OutletTransaction } from './outlet.repository';

/**
 * Moves the work orders bound to an outlet that no longer covers their site (closed, or moved away) to
 * the nearest other open outlet covering it (`offer.reassigned`, which the worker binds in dispatch).
 * The cases no open outlet covers any more are published once as `outlet.coverage-lost` (case numbers
 * and work-order ids only), for the recall issue's remedy campaign.
 */
export async function handOverWorkOrders(tx: OutletTransaction, outlet: Outlet, now: Date, causationId: string | undefined): Promise<{ reassigned: number; uncovered: number }> {
  const others = await tx.openOutlets({ except: outlet.id });
  const uncovered: { caseNo: string; workOrderId: string }[] = [];
  let reassigned = 0;
  for (const offer of await tx.boundOffers(outlet.id)) {
    const site = { lat: offer.siteLat, lon: offer.siteLon, regions: [offer.siteProvince] };
    if (outlet.status !== 'closed' && covers(outlet, site)) continue;
    const [next] = rankCovering(others, site);
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
  if (uncovered.length) {
    await tx.appendEvent({
      subject: OutletEventSubjects.coverageLost,
      aggregateId: outlet.id,
      correlationId: outlet.id,
      causationId,
      data: { outletId: outlet.id, caseNos: uncovered.map((u) => u.caseNo), workOrderIds: uncovered.map((u) => u.workOrderId), lostAt: now.toISOString() },
    });
  }
  return { reassigned, uncovered: uncovered.length };
}
