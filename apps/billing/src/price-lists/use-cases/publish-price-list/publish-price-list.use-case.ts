import { Injectable } from '@nestjs/common';
import { BillingEventSubjects, DomainError, type PriceList, type PriceListView } from '@aftersales/contracts';
import { assertValidCalendar } from '@aftersales/workflows';
import { AccountErrors } from '../../../accounts/account.errors';
import { PriceListRepository } from '../../price-list.repository';
import { toPriceListView } from '../../price-list.view';

/** Publishes a new price list version; it becomes the one new quotes are priced from. */
@Injectable()
export class PublishPriceListUseCase {
  constructor(private readonly priceLists: PriceListRepository) {}

  execute(priceList: PriceList, causationId?: string): Promise<PriceListView> {
    try {
      assertValidCalendar(priceList.calendar);
    } catch (error) {
      throw new DomainError(AccountErrors.NOT_PRICEABLE, { details: [{ field: 'calendar', reason: (error as Error).message }] });
    }
    return this.priceLists.inTransaction(async (tx) => {
      const saved = await tx.publish(priceList);
      if (!saved) throw new DomainError(AccountErrors.PRICE_LIST_VERSION_TAKEN, { details: [{ field: 'version', reason: `${priceList.version} exists` }] });
      await tx.appendEvent({
        subject: BillingEventSubjects.priceListPublished,
        aggregateId: saved.version,
        correlationId: causationId ?? saved.version,
        causationId,
        data: { version: saved.version, currency: priceList.currency, publishedAt: saved.createdAt.toISOString() },
      });
      return toPriceListView(saved);
    });
  }
}
