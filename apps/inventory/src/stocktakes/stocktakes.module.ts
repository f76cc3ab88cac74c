import { Module } from '@nestjs/common';
import { InventoryUnitOfWork } from '../persistence/inventory-unit-of-work';
import { StocktakesMessageController } from './stocktakes.message-controller';
import { CountStocktakeUseCase } from './use-cases/count-stocktake/count-stocktake.use-case';
import { GetStocktakeUseCase } from './use-cases/get-stocktake/get-stocktake.use-case';
import { OpenStocktakeUseCase } from './use-cases/open-stocktake/open-stocktake.use-case';
import { PostStocktakeUseCase } from './use-cases/post-stocktake/post-stocktake.use-case';

@Module({
  controllers: [StocktakesMessageController],
  providers: [InventoryUnitOfWork, OpenStocktakeUseCase, GetStocktakeUseCase, CountStocktakeUseCase, PostStocktakeUseCase],
})
export class StocktakesModule {}
