import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  changeProductModelRequestSchema,
  CommandSubjects,
  listProductModelsQuerySchema,
  productModelCodeSchema,
  registerProductModelSchema,
  type ChangeProductModelRequest,
  type ListProductModelsQuery,
  type ProductModelPage,
  type ProductModelView,
  type RegisterProductModelCommand,
} from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { AdminOnly, Allow } from '../auth/roles.decorator';

const codePipe = new ZodValidationPipe(productModelCodeSchema, 'code');

/** The product catalogue (产品目录): models with their warranty and return/exchange terms. */
@ApiTags('product-models')
@Controller('api/v1/product-models')
export class ProductModelsController {
  constructor(private readonly commands: CommandClient) {}

  @AdminOnly()
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a product model with its warranty months (and mileage), return and exchange days' })
  @ApiBody({ schema: openApiSchema(registerProductModelSchema) })
  @ApiResponse({ status: 409, description: 'INTAKE.PRODUCT_MODEL_EXISTS' })
  register(@Body(new ZodValidationPipe(registerProductModelSchema)) body: RegisterProductModelCommand, @Req() req: Request): Promise<ProductModelView> {
    return this.commands.send(CommandSubjects.intakeRegisterProductModel, body, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('customer_service', 'integration_client', 'warehouse_clerk', 'quality_officer')
  @Get()
  @ApiOperation({ summary: 'A page of the catalogue by code (at most 100)' })
  @ApiQuery({ name: 'category', required: false, example: 'air_conditioner' })
  @ApiQuery({ name: 'limit', required: false, example: 50 })
  @ApiQuery({ name: 'offset', required: false, example: 0 })
  list(@Query(new ZodValidationPipe(listProductModelsQuerySchema)) query: ListProductModelsQuery, @Req() req: Request): Promise<ProductModelPage> {
    return this.commands.send(CommandSubjects.intakeListProductModels, query, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('customer_service', 'integration_client', 'warehouse_clerk', 'quality_officer')
  @Get(':code')
  @ApiOperation({ summary: 'A product model' })
  @ApiParam({ name: 'code', example: 'AC-3000' })
  get(@Param('code', codePipe) code: string, @Req() req: Request): Promise<ProductModelView> {
    return this.commands.send(CommandSubjects.intakeGetProductModel, { code }, { correlationId: correlationIdOfRequest(req) });
  }

  @AdminOnly()
  @Put(':code')
  @ApiOperation({ summary: "Change a model's terms; cases opened from now on use them, open cases keep their entitlement" })
  @ApiParam({ name: 'code', example: 'AC-3000' })
  @ApiBody({ schema: openApiSchema(changeProductModelRequestSchema) })
  change(@Param('code', codePipe) code: string, @Body(new ZodValidationPipe(changeProductModelRequestSchema)) body: ChangeProductModelRequest, @Req() req: Request): Promise<ProductModelView> {
    return this.commands.send(CommandSubjects.intakeChangeProductModel, { ...body, code }, { correlationId: correlationIdOfRequest(req) });
  }
}
