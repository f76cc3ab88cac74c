import { Module } from '@nestjs/common';
import { ProductModelRepository } from './product-model.repository';
import { ProductModelsMessageController } from './product-models.message-controller';
import { ChangeProductModelUseCase } from './use-cases/change-product-model/change-product-model.use-case';
import { GetProductModelUseCase } from './use-cases/get-product-model/get-product-model.use-case';
import { ListProductModelsUseCase } from './use-cases/list-product-models/list-product-models.use-case';
import { RegisterProductModelUseCase } from './use-cases/register-product-model/register-product-model.use-case';

@Module({
  controllers: [ProductModelsMessageController],
  providers: [ProductModelRepository, RegisterProductModelUseCase, ChangeProductModelUseCase, GetProductModelUseCase, ListProductModelsUseCase],
})
export class ProductModelsModule {}
