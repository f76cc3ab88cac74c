import { Injectable } from '@nestjs/common';
import { DomainError, type ProductModelView, type RegisterProductModelCommand } from '@aftersales/contracts';
import { ProductModelErrors } from '../../product-model.errors';
import { ProductModelRepository, toProductModelView } from '../../product-model.repository';
import { ProductModel } from '../../product-model.entity';

/** Adds a model to the catalogue with its warranty and return/exchange terms. */
@Injectable()
export class RegisterProductModelUseCase {
  constructor(private readonly models: ProductModelRepository) {}

  async execute(command: RegisterProductModelCommand, correlationId?: string): Promise<ProductModelView> {
    const inserted = await this.models.insert(Object.assign(new ProductModel(), command), correlationId);
    if (!inserted) throw new DomainError(ProductModelErrors.PRODUCT_MODEL_EXISTS, { details: [{ field: 'code', reason: `${command.code} exists` }] });
    return toProductModelView(inserted);
  }
}
