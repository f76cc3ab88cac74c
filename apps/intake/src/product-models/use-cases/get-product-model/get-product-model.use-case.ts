import { Injectable } from '@nestjs/common';
import { DomainError, type ProductModelView } from '@aftersales/contracts';
import { ProductModelErrors } from '../../product-model.errors';
import { ProductModelRepository, toProductModelView } from '../../product-model.repository';

@Injectable()
export class GetProductModelUseCase {
  constructor(private readonly models: ProductModelRepository) {}

  async execute(code: string): Promise<ProductModelView> {
    const model = await this.models.findByCode(code);
    if (!model) throw new DomainError(ProductModelErrors.PRODUCT_MODEL_NOT_FOUND);
    return toProductModelView(model);
  }
}
