import { Injectable } from '@nestjs/common';
import type { ListProductModelsQuery, ProductModelPage } from '@aftersales/contracts';
import { ProductModelRepository } from '../../product-model.repository';

/** A page of the catalogue, by code, optionally of one category. */
@Injectable()
export class ListProductModelsUseCase {
  constructor(private readonly models: ProductModelRepository) {}

  execute(query: ListProductModelsQuery): Promise<ProductModelPage> {
    return this.models.page(query);
  }
}
