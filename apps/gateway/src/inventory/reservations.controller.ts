import { Body, Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  consumePartsRequestSchema,
  InventoryCommandSubjects as S,
  listReservationsQuerySchema,
  releaseReservationsRequestSchema,
  reservePartsRequestSchema,
  type ConsumePartsRequest,
  type ConsumptionView,
  type ListReservationsQuery,
  type ReleaseReservationsRequest,
  type ReservationView,
  type ReservePartsRequest,
} from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { Allow } from '../auth/roles.decorator';
import { ApiInventoryPage } from './inventory-page.decorator';

/** Parts held for cases, and parts used on site. */
@ApiTags('inventory')
@Controller('api/v1')
export class ReservationsController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('warehouse_clerk', 'dispatcher')
  @Post('reservations')
  @HttpCode(201)
  @ApiOperation({ summary: 'Reserve a part for a case (idempotent per case and part); the central warehouse unless a location is named' })
  @ApiBody({ schema: openApiSchema(reservePartsRequestSchema) })
  @ApiResponse({ status: 409, description: 'INVENTORY.INSUFFICIENT_STOCK; `errors[].meta` offers a substitute, a transfer or a purchase' })
  reserve(@Body(new ZodValidationPipe(reservePartsRequestSchema)) body: ReservePartsRequest, @Req() req: Request): Promise<ReservationView> {
    return this.commands.send(S.reserveParts, body, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk', 'dispatcher')
  @Get('reservations')
  @ApiOperation({ summary: "A case's or a part's reservations" })
  @ApiQuery({ name: 'caseNo', required: false })
  @ApiQuery({ name: 'partCode', required: false })
  @ApiInventoryPage()
  list(@Query(new ZodValidationPipe(listReservationsQuerySchema)) query: ListReservationsQuery, @Req() req: Request): Promise<ReservationView[]> {
    return this.commands.send(S.listReservations, query, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk', 'dispatcher')
  @Post('reservations/release')
  @HttpCode(200)
  @ApiOperation({ summary: "Release a case's active reservations (all, or one part); idempotent" })
  @ApiBody({ schema: openApiSchema(releaseReservationsRequestSchema) })
  release(@Body(new ZodValidationPipe(releaseReservationsRequestSchema)) body: ReleaseReservationsRequest, @Req() req: Request): Promise<ReservationView[]> {
    return this.commands.send(S.releaseReservations, body, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk', 'dispatcher')
  @Post('consumptions')
  @HttpCode(201)
  @ApiOperation({ summary: "Consume parts used on site from the technician's van in one step (idempotent by key)" })
  @ApiBody({ schema: openApiSchema(consumePartsRequestSchema) })
  consume(@Body(new ZodValidationPipe(consumePartsRequestSchema)) body: ConsumePartsRequest, @Req() req: Request): Promise<ConsumptionView> {
    return this.commands.send(S.consumeParts, body, { correlationId: correlationIdOfRequest(req) });
  }
}
