import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  createPurchaseOrderRequestSchema,
  InventoryCommandSubjects as S,
  listPurchaseOrdersQuerySchema,
  listSuppliersQuerySchema,
  placePurchaseOrderRequestSchema,
  receivePurchaseOrderRequestSchema,
  registerSupplierRequestSchema,
  uuidSchema,
  type CreatePurchaseOrderRequest,
  type ListPurchaseOrdersQuery,
  type ListSuppliersQuery,
  type PlacePurchaseOrderRequest,
  type PurchaseOrderView,
  type ReceivePurchaseOrderRequest,
  type RegisterSupplierRequest,
  type SupplierView,
} from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { Allow } from '../auth/roles.decorator';
import { ApiInventoryPage } from './inventory-page.decorator';

const idPipe = new ZodValidationPipe(uuidSchema, 'id');

/** Suppliers with their evaluation, and purchase orders from proposal to receipt. */
@ApiTags('inventory')
@Controller('api/v1')
export class PurchasingController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('warehouse_clerk')
  @Post('suppliers')
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a supplier with its contractual lead time' })
  @ApiBody({ schema: openApiSchema(registerSupplierRequestSchema) })
  registerSupplier(@Body(new ZodValidationPipe(registerSupplierRequestSchema)) body: RegisterSupplierRequest, @Req() req: Request): Promise<SupplierView> {
    return this.commands.send(S.registerSupplier, body, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk')
  @Get('suppliers')
  @ApiOperation({ summary: 'Suppliers by code with their evaluation (on time, rejects, price)' })
  @ApiInventoryPage()
  suppliers(@Query(new ZodValidationPipe(listSuppliersQuerySchema)) query: ListSuppliersQuery, @Req() req: Request): Promise<SupplierView[]> {
    return this.commands.send(S.listSuppliers, query, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk')
  @Get('suppliers/:id')
  @ApiOperation({ summary: 'A supplier with its evaluation from its deliveries' })
  @ApiParam({ name: 'id', format: 'uuid' })
  supplier(@Param('id', idPipe) supplierId: string, @Req() req: Request): Promise<SupplierView> {
    return this.commands.send(S.getSupplier, { supplierId }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk')
  @Post('purchase-orders')
  @HttpCode(201)
  @ApiOperation({ summary: 'Propose a purchase order by hand (reorder points propose their own)' })
  @ApiBody({ schema: openApiSchema(createPurchaseOrderRequestSchema) })
  create(@Body(new ZodValidationPipe(createPurchaseOrderRequestSchema)) body: CreatePurchaseOrderRequest, @Req() req: Request): Promise<PurchaseOrderView> {
    return this.commands.send(S.createPurchaseOrder, body, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk', 'finance')
  @Get('purchase-orders')
  @ApiOperation({ summary: 'Purchase orders by part and status' })
  @ApiQuery({ name: 'partCode', required: false })
  @ApiQuery({ name: 'status', required: false, enum: ['proposed', 'ordered', 'received'] })
  @ApiInventoryPage()
  orders(@Query(new ZodValidationPipe(listPurchaseOrdersQuerySchema)) query: ListPurchaseOrdersQuery, @Req() req: Request): Promise<PurchaseOrderView[]> {
    return this.commands.send(S.listPurchaseOrders, query, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk')
  @Post('purchase-orders/:id/place')
  @HttpCode(200)
  @ApiOperation({ summary: 'Place a proposed order with its agreed delivery date' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(placePurchaseOrderRequestSchema) })
  place(@Param('id', idPipe) purchaseOrderId: string, @Body(new ZodValidationPipe(placePurchaseOrderRequestSchema)) body: PlacePurchaseOrderRequest, @Req() req: Request): Promise<PurchaseOrderView> {
    return this.commands.send(S.placePurchaseOrder, { purchaseOrderId, ...body }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk')
  @Post('purchase-orders/:id/receive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Receive the delivery: accepted units enter stock; the supplier evaluation follows' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(receivePurchaseOrderRequestSchema) })
  receive(@Param('id', idPipe) purchaseOrderId: string, @Body(new ZodValidationPipe(receivePurchaseOrderRequestSchema)) body: ReceivePurchaseOrderRequest, @Req() req: Request): Promise<PurchaseOrderView> {
    return this.commands.send(S.receivePurchaseOrder, { purchaseOrderId, ...body }, { correlationId: correlationIdOfRequest(req) });
  }
}
