import { Module } from '@nestjs/common';
import { InventoryUnitOfWork } from '../persistence/inventory-unit-of-work';
import { PurchasingMessageController } from './purchasing.message-controller';
import { CreatePurchaseOrderUseCase } from './use-cases/create-purchase-order/create-purchase-order.use-case';
import { GetSuppliersUseCase } from './use-cases/get-suppliers/get-suppliers.use-case';
import { ListPurchaseOrdersUseCase } from './use-cases/list-purchase-orders/list-purchase-orders.use-case';
import { PlacePurchaseOrderUseCase } from './use-cases/place-purchase-order/place-purchase-order.use-case';
import { ReceivePurchaseOrderUseCase } from './use-cases/receive-purchase-order/receive-purchase-order.use-case';
import { RegisterSupplierUseCase } from './use-cases/register-supplier/register-supplier.use-case';

@Module({
  controllers: [PurchasingMessageController],
  providers: [InventoryUnitOfWork, RegisterSupplierUseCase, GetSuppliersUseCase, CreatePurchaseOrderUseCase, ListPurchaseOrdersUseCase, PlacePurchaseOrderUseCase, ReceivePurchaseOrderUseCase],
})
export class PurchasingModule {}
