import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  discontinuePartRequestSchema,
  InventoryCommandSubjects as S,
  listPartsQuerySchema,
  partCodeSchema,
  registerPartRequestSchema,
  type DiscontinuePartRequest,
  type ListPartsQuery,
  type PartPage,
  type PartView,
  type RegisterPartCommand,
} from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { Allow } from '../auth/roles.decorator';

const partCodePipe = new ZodValidationPipe(partCodeSchema, 'partCode');

@ApiTags('inventory')
@Controller('api/v1/parts')
export class PartsController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('warehouse_clerk')
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a part to the catalogue (配件目录): bilingual name, reference price, serial tracking, substitutes, reorder point' })
  @ApiBody({ schema: openApiSchema(registerPartRequestSchema) })
  @ApiResponse({ status: 201, description: 'The part' })
  @ApiResponse({ status: 400, description: 'Invalid body: `errors` names each bad field' })
  @ApiResponse({ status: 409, description: 'The part code is taken' })
  register(@Body(new ZodValidationPipe(registerPartRequestSchema)) body: RegisterPartCommand, @Req() req: Request): Promise<PartView> {
    return this.commands.send(S.registerPart, body, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk', 'dispatcher', 'technician', 'customer_service')
  @Get()
  @ApiOperation({ summary: 'A page of the catalogue by part code' })
  @ApiQuery({ name: 'category', required: false })
  @ApiQuery({ name: 'limit', required: false, example: 50 })
  @ApiQuery({ name: 'offset', required: false, example: 0 })
  list(@Query(new ZodValidationPipe(listPartsQuerySchema)) query: ListPartsQuery, @Req() req: Request): Promise<PartPage> {
    return this.commands.send(S.listParts, query, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk', 'dispatcher', 'technician', 'customer_service')
  @Get(':partCode')
  @ApiOperation({ summary: 'A part' })
  @ApiParam({ name: 'partCode' })
  get(@Param('partCode', partCodePipe) partCode: string, @Req() req: Request): Promise<PartView> {
    return this.commands.send(S.getPart, { partCode }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk')
  @Post(':partCode/discontinue')
  @HttpCode(200)
  @ApiOperation({ summary: 'Discontinue a part; open cases holding reservations of it are announced to the recall process' })
  @ApiParam({ name: 'partCode' })
  @ApiBody({ schema: openApiSchema(discontinuePartRequestSchema) })
  discontinue(@Param('partCode', partCodePipe) partCode: string, @Body(new ZodValidationPipe(discontinuePartRequestSchema)) body: DiscontinuePartRequest, @Req() req: Request): Promise<PartView> {
    return this.commands.send(S.discontinuePart, { partCode, ...body }, { correlationId: correlationIdOfRequest(req) });
  }
}
