import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { BillingCommandSubjects, DomainError, priceListSchema, type PriceList, type PriceListView } from '@aftersales/contracts';
import { CommandHandlers, correlationIdOf, ZodValidationPipe } from '@aftersales/messaging';
import { AccountErrors } from '../accounts/account.errors';
import { PriceListRepository } from './price-list.repository';
import { toPriceListView } from './price-list.view';
import { PublishPriceListUseCase } from './use-cases/publish-price-list/publish-price-list.use-case';

/** NATS command handlers of price lists. */
@CommandHandlers()
export class PriceListsMessageController {
  constructor(
    private readonly publishPriceList: PublishPriceListUseCase,
    private readonly priceLists: PriceListRepository,
  ) {}

  @MessagePattern(BillingCommandSubjects.publishPriceList)
  publish(@Payload(new ZodValidationPipe(priceListSchema)) priceList: PriceList, @Ctx() ctx: NatsContext): Promise<PriceListView> {
    return this.publishPriceList.execute(priceList, correlationIdOf(ctx));
  }

  @MessagePattern(BillingCommandSubjects.getActivePriceList)
  async active(): Promise<PriceListView> {
    const active = await this.priceLists.findActive();
    if (!active) throw new DomainError(AccountErrors.NO_ACTIVE_PRICE_LIST);
    return toPriceListView(active);
  }
}
