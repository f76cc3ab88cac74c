import { Injectable } from '@nestjs/common';
import { DomainError, OutletEventSubjects } from '@aftersales/contracts';
import { rankCovering } from '../../../outlets/coverage';
import { OfferErrors } from '../../offer.errors';
import { OfferRepository } from '../../offer.repository';

/**
 * Sends the work order to the nearest open outsourced outlet covering its site that has not had it yet.
 * Idempotent: while an attempt awaits its answer, that attempt is returned. With no candidate left the
 * offer is exhausted (`offer.exhausted`) and `outletId` is null.
 */
@Injectable()
export class SendNextOfferUseCase {
  constructor(private readonly offers: OfferRepository) {}

  execute(workOrderId: string, causationId?: string): Promise<{ outletId: string | null; attempt: number }> {
    return this.offers.inTransaction(async (tx) => {
      const offer = await tx.lockOffer(workOrderId);
      if (!offer) throw new DomainError(OfferErrors.OFFER_NOT_FOUND);
      const attempts = await tx.attempts(workOrderId);
      if (offer.status !== 'offering') return { outletId: null, attempt: attempts.length };
      const pending = attempts.find((a) => a.outcome === null);
      if (pending) return { outletId: pending.outletId, attempt: pending.attempt };
      const tried = new Set(attempts.map((a) => a.outletId));
      const candidates = (await tx.openOutsourcedOutlets()).filter((o) => !tried.has(o.id));
      const [next] = rankCovering(candidates, { lat: offer.siteLat, lon: offer.siteLon, regions: [offer.siteProvince] });
      const now = new Date();
      if (!next) {
        offer.status = 'exhausted';
        await tx.saveOffer(offer);
        await tx.appendOfferEvent(OutletEventSubjects.offerExhausted, offer, causationId, { outletsTried: attempts.map((a) => a.outletId), exhaustedAt: now.toISOString() });
        return { outletId: null, attempt: attempts.length };
      }
      const attempt = await tx.saveAttempt({ workOrderId, outletId: next.outlet.id, attempt: attempts.length + 1, distanceKm: next.distanceKm, sentAt: now, outcome: null, answeredAt: null });
      await tx.appendOfferEvent(OutletEventSubjects.offerSent, offer, causationId, { outletId: attempt.outletId, distanceKm: attempt.distanceKm, attempt: attempt.attempt, sentAt: now.toISOString() });
      return { outletId: attempt.outletId, attempt: attempt.attempt };
    });
  }
}
