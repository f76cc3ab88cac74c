import { Module } from '@nestjs/common';
import { PriceListRepository } from './price-list.repository';
import { PriceListsMessageController } from './price-lists.message-controller';
import { PublishPriceListUseCase } from './use-cases/publish-price-list/publish-price-list.use-case';

@Module({
  controllers: [PriceListsMessageController],
  providers: [PriceListRepository, PublishPriceListUseCase],
  exports: [PriceListRepository],
})
export class PriceListsModule {}
