import { Injectable } from '@nestjs/common';
import { DomainError, type ChangeProductModelCommand, type ProductModelView } from '@aftersales/contracts';
import { ProductModelErrors } from '../../product-model.errors';
import { ProductModelRepository, toProductModelView } from '../../product-model.repository';
import { ProductModel } from '../../product-model.entity';

/**
 * Changes a model's terms. Cases decide entitlement when they open and keep it, so only cases opened
 * from now on see the new terms.
 */
@Injectable()
export class ChangeProductModelUseCase {
  constructor(private readonly models: ProductModelRepository) {}

  async execute(command: ChangeProductModelCommand, correlationId?: string): Promise<ProductModelView> {
    const updated = await this.models.update(Object.assign(new ProductModel(), command), correlationId);
    if (!updated) throw new DomainError(ProductModelErrors.PRODUCT_MODEL_NOT_FOUND);
    return toProductModelView(updated);
  }
}
