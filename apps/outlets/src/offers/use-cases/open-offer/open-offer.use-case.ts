import { Injectable } from '@nestjs/common';
import { DomainError, OutletEventSubjects, type OfferView, type OpenOfferCommand } from '@aftersales/contracts';
import { OutletPolicyRepository } from '../../../policy/outlet-policy.repository';
import { OfferErrors } from '../../offer.errors';
import { OfferRepository } from '../../offer.repository';
import { toOfferView } from '../../offer.view';

/**
 * Opens the offer of a work order to outsourced outlets, pinning the policy's answer time. Its
 * `offer.opened` event starts `outlet-offer-<workOrderId>`; opening again returns the offer unchanged.
 */
@Injectable()
export class OpenOfferUseCase {
  constructor(
    private readonly offers: OfferRepository,
    private readonly policies: OutletPolicyRepository,
  ) {}

  async execute(command: OpenOfferCommand, causationId?: string): Promise<OfferView> {
    const { policy } = await this.policies.current();
    return this.offers.inTransaction(async (tx) => {
      const values = {
        workOrderId: command.workOrderId,
        caseNo: command.caseNo,
        siteProvince: command.site.province,
        siteLat: command.site.lat,
        siteLon: command.site.lon,
        status: 'offering' as const,
        outletId: null,
        responseSeconds: policy.offerResponseSeconds,
      };
      const inserted = await tx.insertOffer(values);
      const offer = await tx.lockOffer(command.workOrderId);
      if (!offer) throw new DomainError(OfferErrors.OFFER_NOT_FOUND);
      if (inserted) {
        await tx.appendOfferEvent(OutletEventSubjects.offerOpened, offer, causationId, { policy, openedAt: offer.createdAt.toISOString() });
      }
      return toOfferView(offer, await tx.attempts(offer.workOrderId));
    });
  }
}
