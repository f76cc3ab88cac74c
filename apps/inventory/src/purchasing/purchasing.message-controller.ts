import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import {
  createPurchaseOrderRequestSchema,
  InventoryCommandSubjects as S,
  listPurchaseOrdersQuerySchema,
  listSuppliersQuerySchema,
  placePurchaseOrderCommandSchema,
  receivePurchaseOrderCommandSchema,
  registerSupplierRequestSchema,
  supplierRefSchema,
  type CreatePurchaseOrderRequest,
  type ListPurchaseOrdersQuery,
  type ListSuppliersQuery,
  type PlacePurchaseOrderCommand,
  type PurchaseOrderView,
  type ReceivePurchaseOrderCommand,
  type RegisterSupplierRequest,
  type SupplierRef,
  type SupplierView,
} from '@aftersales/contracts';
import { CommandHandlers, correlationIdOf, ZodValidationPipe } from '@aftersales/messaging';
import { CreatePurchaseOrderUseCase } from './use-cases/create-purchase-order/create-purchase-order.use-case';
import { GetSuppliersUseCase } from './use-cases/get-suppliers/get-suppliers.use-case';
import { ListPurchaseOrdersUseCase } from './use-cases/list-purchase-orders/list-purchase-orders.use-case';
import { PlacePurchaseOrderUseCase } from './use-cases/place-purchase-order/place-purchase-order.use-case';
import { ReceivePurchaseOrderUseCase } from './use-cases/receive-purchase-order/receive-purchase-order.use-case';
import { RegisterSupplierUseCase } from './use-cases/register-supplier/register-supplier.use-case';

/** NATS command handlers of suppliers and purchase orders. */
@CommandHandlers()
export class PurchasingMessageController {
  constructor(
    private readonly registerSupplier: RegisterSupplierUseCase,
    private readonly getSuppliers: GetSuppliersUseCase,
    private readonly createPurchaseOrder: CreatePurchaseOrderUseCase,
    private readonly listPurchaseOrders: ListPurchaseOrdersUseCase,
    private readonly placePurchaseOrder: PlacePurchaseOrderUseCase,
    private readonly receivePurchaseOrder: ReceivePurchaseOrderUseCase,
  ) {}

  @MessagePattern(S.registerSupplier)
  supplier(@Payload(new ZodValidationPipe(registerSupplierRequestSchema)) request: RegisterSupplierRequest, @Ctx() ctx: NatsContext): Promise<SupplierView> {
    return this.registerSupplier.execute(request, correlationIdOf(ctx));
  }

  @MessagePattern(S.getSupplier)
  getSupplier(@Payload(new ZodValidationPipe(supplierRefSchema)) ref: SupplierRef): Promise<SupplierView> {
    return this.getSuppliers.execute(ref.supplierId);
  }

  @MessagePattern(S.listSuppliers)
  suppliers(@Payload(new ZodValidationPipe(listSuppliersQuerySchema)) query: ListSuppliersQuery): Promise<SupplierView[]> {
    return this.getSuppliers.list(query);
  }

  @MessagePattern(S.createPurchaseOrder)
  create(@Payload(new ZodValidationPipe(createPurchaseOrderRequestSchema)) request: CreatePurchaseOrderRequest, @Ctx() ctx: NatsContext): Promise<PurchaseOrderView> {
    return this.createPurchaseOrder.execute(request, correlationIdOf(ctx));
  }

  @MessagePattern(S.listPurchaseOrders)
  list(@Payload(new ZodValidationPipe(listPurchaseOrdersQuerySchema)) query: ListPurchaseOrdersQuery): Promise<PurchaseOrderView[]> {
    return this.listPurchaseOrders.execute(query);
  }

  @MessagePattern(S.placePurchaseOrder)
  place(@Payload(new ZodValidationPipe(placePurchaseOrderCommandSchema)) command: PlacePurchaseOrderCommand, @Ctx() ctx: NatsContext): Promise<PurchaseOrderView> {
    return this.placePurchaseOrder.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.receivePurchaseOrder)
  receive(@Payload(new ZodValidationPipe(receivePurchaseOrderCommandSchema)) command: ReceivePurchaseOrderCommand, @Ctx() ctx: NatsContext): Promise<PurchaseOrderView> {
    return this.receivePurchaseOrder.execute(command, correlationIdOf(ctx));
  }
}
