import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { BillingCommandSubjects, priceListSchema, type PriceList, type PriceListView } from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { Allow } from '../auth/roles.decorator';

@ApiTags('billing')
@Controller('api/v1/billing/price-lists')
export class PriceListsController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('finance')
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Publish a price list version (价目表): labour rates, parts, travel bands and the billing policy; it becomes active' })
  @ApiBody({ schema: openApiSchema(priceListSchema) })
  @ApiResponse({ status: 409, description: 'The version exists already' })
  publish(@Body(new ZodValidationPipe(priceListSchema)) body: PriceList, @Req() req: Request): Promise<PriceListView> {
    return this.commands.send(BillingCommandSubjects.publishPriceList, body, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('finance', 'customer_service')
  @Get('active')
  @ApiOperation({ summary: 'The active price list' })
  active(@Req() req: Request): Promise<PriceListView> {
    return this.commands.send(BillingCommandSubjects.getActivePriceList, {}, { correlationId: correlationIdOfRequest(req) });
  }
}
