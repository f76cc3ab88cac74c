import { Injectable } from '@nestjs/common';
import { DomainError, OutletEventSubjects, type AnswerOfferCommand, type OfferView } from '@aftersales/contracts';
import { OfferErrors } from '../../offer.errors';
import { OfferRepository } from '../../offer.repository';
import { toOfferView } from '../../offer.view';

/**
 * Records an outlet's answer to the work order sent to it: accepted (the offer binds the outlet),
 * rejected, or expired when the policy time passed in silence. An answered attempt keeps its first outcome.
 */
@Injectable()
export class AnswerOfferUseCase {
  constructor(private readonly offers: OfferRepository) {}

  async get(workOrderId: string): Promise<OfferView> {
    const found = await this.offers.find(workOrderId);
    if (!found) throw new DomainError(OfferErrors.OFFER_NOT_FOUND);
    return toOfferView(found.offer, found.attempts);
  }

  execute(command: AnswerOfferCommand, causationId?: string): Promise<OfferView> {
    return this.offers.inTransaction(async (tx) => {
      const offer = await tx.lockOffer(command.workOrderId);
      if (!offer) throw new DomainError(OfferErrors.OFFER_NOT_FOUND);
      const attempts = await tx.attempts(offer.workOrderId);
      const attempt = attempts.find((a) => a.outletId === command.outletId);
      if (!attempt) throw new DomainError(OfferErrors.NOT_OFFERED_TO_OUTLET, { details: [{ field: 'outletId', reason: 'the work order was never sent to this outlet' }] });
      if (attempt.outcome !== null) return toOfferView(offer, attempts);
      if (offer.status !== 'offering') throw new DomainError(OfferErrors.OFFER_CLOSED, { details: [{ field: 'workOrderId', reason: `the offer is ${offer.status}` }] });
      const now = new Date();
      attempt.outcome = command.outcome;
      attempt.answeredAt = now;
      await tx.saveAttempt(attempt);
      if (command.outcome === 'accepted') {
        offer.status = 'bound';
        offer.outletId = command.outletId;
        await tx.saveOffer(offer);
      }
      await tx.appendOfferEvent(OutletEventSubjects.offerAnswered, offer, causationId, { outletId: command.outletId, outcome: command.outcome, answeredAt: now.toISOString() });
      return toOfferView(offer, attempts);
    });
  }
}
