import { Injectable } from '@nestjs/common';
import type { ListPurchaseOrdersQuery, PurchaseOrderView } from '@aftersales/contracts';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { toPurchaseOrderView } from '../../purchasing.view';

@Injectable()
export class ListPurchaseOrdersUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(query: ListPurchaseOrdersQuery): Promise<PurchaseOrderView[]> {
    return this.inventory.read(async (tx) => (await tx.purchasing.orders(query)).map(toPurchaseOrderView));
  }
}
