import { OFFER_STATUSES, type OfferView } from '@aftersales/contracts';
import type { WorkOrderOffer, WorkOrderOfferAttempt } from './work-order-offer.entity';

export function toOfferView(offer: WorkOrderOffer, attempts: readonly WorkOrderOfferAttempt[]): OfferView {
  return {
    workOrderId: offer.workOrderId,
    caseNo: offer.caseNo,
    status: offer.status,
    statusLabel: OFFER_STATUSES[offer.status],
    outletId: offer.outletId,
    responseSeconds: offer.responseSeconds,
    attempts: [...attempts]
      .sort((a, b) => a.attempt - b.attempt)
      .map((a) => ({ outletId: a.outletId, sentAt: a.sentAt.toISOString(), outcome: a.outcome, answeredAt: a.answeredAt?.toISOString() ?? null })),
  };
}
