import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  countStocktakeRequestSchema,
  InventoryCommandSubjects as S,
  openStocktakeRequestSchema,
  uuidSchema,
  type CountStocktakeRequest,
  type OpenStocktakeRequest,
  type StocktakeView,
} from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { Allow } from '../auth/roles.decorator';

const idPipe = new ZodValidationPipe(uuidSchema, 'id');

/** Periodic stocktakes (盘点): count sheet, variance report, posting. */
@ApiTags('inventory')
@Controller('api/v1/stocktakes')
export class StocktakesController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('warehouse_clerk')
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: "Open a count sheet of the location's books" })
  @ApiBody({ schema: openApiSchema(openStocktakeRequestSchema) })
  open(@Body(new ZodValidationPipe(openStocktakeRequestSchema)) body: OpenStocktakeRequest, @Req() req: Request): Promise<StocktakeView> {
    return this.commands.send(S.openStocktake, body, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk')
  @Get(':id')
  @ApiOperation({ summary: 'The count sheet with its variance report' })
  @ApiParam({ name: 'id', format: 'uuid' })
  get(@Param('id', idPipe) stocktakeId: string, @Req() req: Request): Promise<StocktakeView> {
    return this.commands.send(S.getStocktake, { stocktakeId }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk')
  @Post(':id/counts')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enter counted quantities (serial numbers for tracked parts)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(countStocktakeRequestSchema) })
  count(@Param('id', idPipe) stocktakeId: string, @Body(new ZodValidationPipe(countStocktakeRequestSchema)) body: CountStocktakeRequest, @Req() req: Request): Promise<StocktakeView> {
    return this.commands.send(S.countStocktake, { stocktakeId, ...body }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk')
  @Post(':id/post')
  @HttpCode(200)
  @ApiOperation({ summary: 'Post the variances of the counted lines as stocktake-variance movements' })
  @ApiParam({ name: 'id', format: 'uuid' })
  post(@Param('id', idPipe) stocktakeId: string, @Req() req: Request): Promise<StocktakeView> {
    return this.commands.send(S.postStocktake, { stocktakeId }, { correlationId: correlationIdOfRequest(req) });
  }
}
