import { Body, Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  codesOf,
  InventoryCommandSubjects as S,
  LOCATION_KINDS,
  listLocationsQuerySchema,
  listMovementsQuerySchema,
  listStockQuerySchema,
  recordMovementRequestSchema,
  registerLocationRequestSchema,
  type ListLocationsQuery,
  type ListMovementsQuery,
  type ListStockQuery,
  type LocationView,
  type MovementView,
  type RecordMovementRequest,
  type RegisterLocationRequest,
  type StockBalanceView,
} from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { Allow } from '../auth/roles.decorator';
import { ApiInventoryPage } from './inventory-page.decorator';

/** Stock locations, balances and the movement ledger. */
@ApiTags('inventory')
@Controller('api/v1')
export class StockController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('warehouse_clerk')
  @Post('locations')
  @HttpCode(201)
  @ApiOperation({ summary: "Register a stock location: the central warehouse, an outlet's stock or a technician's van" })
  @ApiBody({ schema: openApiSchema(registerLocationRequestSchema) })
  @ApiResponse({ status: 409, description: 'The owner already has a location' })
  registerLocation(@Body(new ZodValidationPipe(registerLocationRequestSchema)) body: RegisterLocationRequest, @Req() req: Request): Promise<LocationView> {
    return this.commands.send(S.registerLocation, body, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk', 'dispatcher')
  @Get('locations')
  @ApiOperation({ summary: 'Stock locations, oldest first: by kind, or the location of one outlet or technician' })
  @ApiQuery({ name: 'kind', required: false, enum: codesOf(LOCATION_KINDS) })
  @ApiQuery({ name: 'outletId', required: false })
  @ApiQuery({ name: 'technicianId', required: false })
  @ApiInventoryPage()
  locations(@Query(new ZodValidationPipe(listLocationsQuerySchema)) query: ListLocationsQuery, @Req() req: Request): Promise<LocationView[]> {
    return this.commands.send(S.listLocations, query, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk', 'dispatcher')
  @Get('stock')
  @ApiOperation({ summary: 'On hand, reserved and available by location and part (with serial numbers of tracked parts)' })
  @ApiQuery({ name: 'locationId', required: false })
  @ApiQuery({ name: 'partCode', required: false })
  @ApiInventoryPage()
  stock(@Query(new ZodValidationPipe(listStockQuerySchema)) query: ListStockQuery, @Req() req: Request): Promise<StockBalanceView[]> {
    return this.commands.send(S.listStock, query, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk')
  @Post('movements')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a receipt, transfer, return of unused parts from a van, or adjustment (with reason)' })
  @ApiBody({ schema: openApiSchema(recordMovementRequestSchema) })
  @ApiResponse({ status: 409, description: 'INVENTORY.INSUFFICIENT_STOCK: the source holds too little' })
  @ApiResponse({ status: 422, description: 'INVENTORY.OVER_RETURN and other refusals' })
  move(@Body(new ZodValidationPipe(recordMovementRequestSchema)) body: RecordMovementRequest, @Req() req: Request): Promise<MovementView> {
    return this.commands.send(S.recordMovement, body, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk', 'finance')
  @Get('movements')
  @ApiOperation({ summary: 'The ledger, oldest first, by part and/or location' })
  @ApiQuery({ name: 'partCode', required: false })
  @ApiQuery({ name: 'locationId', required: false })
  @ApiQuery({ name: 'limit', required: false, example: 500, description: '1–5000' })
  @ApiQuery({ name: 'offset', required: false, example: 0 })
  movements(@Query(new ZodValidationPipe(listMovementsQuerySchema)) query: ListMovementsQuery, @Req() req: Request): Promise<MovementView[]> {
    return this.commands.send(S.listMovements, query, { correlationId: correlationIdOfRequest(req) });
  }
}
