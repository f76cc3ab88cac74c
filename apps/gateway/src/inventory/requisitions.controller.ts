import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  decideRequisitionRequestSchema,
  InventoryCommandSubjects as S,
  issueRequisitionRequestSchema,
  requestRequisitionRequestSchema,
  uuidSchema,
  type DecideRequisitionRequest,
  type IssueRequisitionRequest,
  type RequestRequisitionRequest,
  type RequisitionView,
} from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { Allow } from '../auth/roles.decorator';

const idPipe = new ZodValidationPipe(uuidSchema, 'id');

/** Requisitions (领料单): a technician asks, the department head decides, the store issues to the van. */
@ApiTags('inventory')
@Controller('api/v1/requisitions')
export class RequisitionsController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('warehouse_clerk', 'dispatcher')
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Request parts for a technician from a location' })
  @ApiBody({ schema: openApiSchema(requestRequisitionRequestSchema) })
  request(@Body(new ZodValidationPipe(requestRequisitionRequestSchema)) body: RequestRequisitionRequest, @Req() req: Request): Promise<RequisitionView> {
    return this.commands.send(S.requestRequisition, body, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk', 'dispatcher')
  @Get(':id')
  @ApiOperation({ summary: 'A requisition' })
  @ApiParam({ name: 'id', format: 'uuid' })
  get(@Param('id', idPipe) requisitionId: string, @Req() req: Request): Promise<RequisitionView> {
    return this.commands.send(S.getRequisition, { requisitionId }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk')
  @Post(':id/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'The department head approves or rejects (with reason)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(decideRequisitionRequestSchema) })
  decide(@Param('id', idPipe) requisitionId: string, @Body(new ZodValidationPipe(decideRequisitionRequestSchema)) body: DecideRequisitionRequest, @Req() req: Request): Promise<RequisitionView> {
    return this.commands.send(S.decideRequisition, { requisitionId, ...body }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('warehouse_clerk')
  @Post(':id/issue')
  @HttpCode(200)
  @ApiOperation({ summary: "Issue an approved requisition to the technician's van; serial-tracked parts name their units" })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(issueRequisitionRequestSchema) })
  @ApiResponse({ status: 409, description: 'INVENTORY.REQUISITION_NOT_APPROVED or INVENTORY.INSUFFICIENT_STOCK' })
  issue(@Param('id', idPipe) requisitionId: string, @Body(new ZodValidationPipe(issueRequisitionRequestSchema)) body: IssueRequisitionRequest, @Req() req: Request): Promise<RequisitionView> {
    return this.commands.send(S.issueRequisition, { requisitionId, ...body }, { correlationId: correlationIdOfRequest(req) });
  }
}
