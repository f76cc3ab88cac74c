import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  answerOfferRequestSchema,
  closeOutletRequestSchema,
  coveringOutletsQuerySchema,
  establishmentStepRequestSchema,
  listOutletsQuerySchema,
  listTrainingRequestQuerySchema,
  moveOutletRequestSchema,
  OutletCommandSubjects as S,
  recordSurveyRequestSchema,
  recordTrainingRequestSchema,
  registerOutletRequestSchema,
  uuidSchema,
  type AnswerOfferRequest,
  type CloseOutletRequest,
  type CoveringOutlet,
  type CoveringOutletsQuery,
  type EstablishmentStepRequest,
  type ListOutletsQuery,
  type ListTrainingRequestQuery,
  type MoveOutletRequest,
  type OutletPage,
  type OutletView,
  type RecordSurveyRequest,
  type RecordTrainingRequest,
  type RegisterOutletRequest,
  type SurveyView,
  type TrainingRecordView,
} from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import {
  answerOfferUpdate,
  establishmentStateQuery,
  establishmentStepUpdate,
  outletEstablishmentWorkflowId,
  outletOfferWorkflowId,
  type EstablishmentState,
  type OfferState,
} from '@aftersales/workflows';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { OutletWorkflowClient } from './outlet-workflow.client';
import { AdminOnly, Allow, Scoped } from '../auth/roles.decorator';

const idPipe = new ZodValidationPipe(uuidSchema, 'id');

@ApiTags('outlets')
@Controller('api/v1/outlets')
export class OutletsController {
  constructor(
    private readonly commands: CommandClient,
    private readonly workflows: OutletWorkflowClient,
  ) {}

  @AdminOnly()
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a proposed outlet (网点): self-run or outsourced, coverage, capacity; starts its establishment' })
  @ApiBody({ schema: openApiSchema(registerOutletRequestSchema) })
  @ApiResponse({ status: 201, description: 'The outlet, proposed' })
  @ApiResponse({ status: 400, description: 'Invalid body: `errors` names each bad field' })
  @ApiResponse({ status: 409, description: 'The code is taken' })
  register(@Body(new ZodValidationPipe(registerOutletRequestSchema)) body: RegisterOutletRequest, @Req() req: Request): Promise<OutletView> {
    return this.commands.send(S.registerOutlet, body, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('dispatcher', 'quality_officer')
  @Get()
  @ApiOperation({ summary: 'A page of outlets in registration order (at most 100)' })
  @ApiQuery({ name: 'limit', required: false, example: 20 })
  @ApiQuery({ name: 'offset', required: false, example: 0 })
  @ApiQuery({ name: 'status', required: false, enum: ['proposed', 'establishing', 'open', 'suspended', 'closed'] })
  @ApiQuery({ name: 'kind', required: false, enum: ['self_run', 'outsourced'] })
  list(@Query(new ZodValidationPipe(listOutletsQuerySchema)) query: ListOutletsQuery, @Req() req: Request): Promise<OutletPage> {
    return this.commands.send(S.listOutlets, query, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('dispatcher', 'customer_service')
  @Get('covering')
  @ApiOperation({ summary: 'Open outlets covering a place, nearest first, with province and distance' })
  @ApiQuery({ name: 'lat', required: true, example: 30.27 })
  @ApiQuery({ name: 'lon', required: true, example: 120.16 })
  @ApiQuery({ name: 'region', required: false, example: '浙江省' })
  @ApiQuery({ name: 'kind', required: false, enum: ['self_run', 'outsourced'] })
  covering(@Query(new ZodValidationPipe(coveringOutletsQuerySchema)) query: CoveringOutletsQuery, @Req() req: Request): Promise<CoveringOutlet[]> {
    const request = { location: { lat: query.lat, lon: query.lon }, regions: query.region ? [query.region] : [], excludeOutletIds: [], ...(query.kind ? { kind: query.kind } : {}) };
    return this.commands.send(S.findCoveringOutlets, request, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('dispatcher', 'quality_officer', 'outlet_manager')
  @Scoped('outlet-id')
  @Get(':id')
  @ApiOperation({ summary: 'An outlet with its establishment steps' })
  @ApiParam({ name: 'id', format: 'uuid' })
  get(@Param('id', idPipe) outletId: string, @Req() req: Request): Promise<OutletView> {
    return this.commands.send(S.getOutlet, { outletId }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('quality_officer', 'outlet_manager')
  @Scoped('outlet-id')
  @Get(':id/establishment')
  @ApiOperation({ summary: "The establishment workflow's state: steps done and the step (with its role) it waits for" })
  @ApiParam({ name: 'id', format: 'uuid' })
  establishment(@Param('id', idPipe) outletId: string): Promise<EstablishmentState> {
    return this.workflows.query(outletEstablishmentWorkflowId(outletId), establishmentStateQuery);
  }

  @Allow('outlet_manager')
  @Scoped('outlet-id')
  @Post(':id/establishment/steps')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the next establishment step (approval) by a person in its role' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(establishmentStepRequestSchema) })
  @ApiResponse({ status: 409, description: 'Not the next step' })
  @ApiResponse({ status: 422, description: 'The role may not record this step' })
  recordStep(@Param('id', idPipe) outletId: string, @Body(new ZodValidationPipe(establishmentStepRequestSchema)) body: EstablishmentStepRequest): Promise<EstablishmentState> {
    return this.workflows.update(outletEstablishmentWorkflowId(outletId), establishmentStepUpdate, { step: body.step, actor: body.actor });
  }

  @AdminOnly()
  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close an outlet: its work orders move to the next covering outlet; uncovered cases are published' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(closeOutletRequestSchema) })
  close(@Param('id', idPipe) outletId: string, @Body(new ZodValidationPipe(closeOutletRequestSchema)) body: CloseOutletRequest, @Req() req: Request): Promise<OutletView> {
    return this.commands.send(S.closeOutlet, { outletId, ...body }, { correlationId: correlationIdOfRequest(req) });
  }

  @AdminOnly()
  @Post(':id/move')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move an outlet or change its coverage: work orders it no longer covers go to the next covering outlet' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(moveOutletRequestSchema) })
  move(@Param('id', idPipe) outletId: string, @Body(new ZodValidationPipe(moveOutletRequestSchema)) move: MoveOutletRequest, @Req() req: Request): Promise<OutletView> {
    return this.commands.send(S.moveOutlet, { outletId, move }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('outlet_manager', 'quality_officer')
  @Scoped('outlet-id')
  @Post(':id/training')
  @HttpCode(201)
  @ApiOperation({ summary: "Record a staff member's training and the competency certificate it earned" })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(recordTrainingRequestSchema) })
  recordTraining(@Param('id', idPipe) outletId: string, @Body(new ZodValidationPipe(recordTrainingRequestSchema)) training: RecordTrainingRequest, @Req() req: Request): Promise<TrainingRecordView> {
    return this.commands.send(S.recordTraining, { outletId, training }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('outlet_manager', 'quality_officer')
  @Scoped('outlet-id')
  @Get(':id/training')
  @ApiOperation({ summary: "The outlet's training records, each certificate marked valid or not on a date (today by default)" })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiQuery({ name: 'validOn', required: false, example: '2026-12-01' })
  training(@Param('id', idPipe) outletId: string, @Query(new ZodValidationPipe(listTrainingRequestQuerySchema)) query: ListTrainingRequestQuery, @Req() req: Request): Promise<TrainingRecordView[]> {
    return this.commands.send(S.listTraining, { outletId, ...query }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('quality_officer')
  @Post(':id/surveys')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record the annual survey with rectification demands; they are due after the policy period and escalate when missed' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(recordSurveyRequestSchema) })
  recordSurvey(@Param('id', idPipe) outletId: string, @Body(new ZodValidationPipe(recordSurveyRequestSchema)) survey: RecordSurveyRequest, @Req() req: Request): Promise<SurveyView> {
    return this.commands.send(S.recordSurvey, { outletId, survey }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('outlet_manager')
  @Scoped('outlet-id')
  @Post(':id/offers/:workOrderId/answer')
  @HttpCode(200)
  @ApiOperation({ summary: 'An outsourced outlet accepts or rejects the work order sent to it' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'workOrderId', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(answerOfferRequestSchema) })
  @ApiResponse({ status: 409, description: 'The work order is not awaiting an answer from this outlet' })
  answer(
    @Param('id', idPipe) outletId: string,
    @Param('workOrderId', new ZodValidationPipe(uuidSchema, 'workOrderId')) workOrderId: string,
    @Body(new ZodValidationPipe(answerOfferRequestSchema)) body: AnswerOfferRequest,
  ): Promise<OfferState> {
    return this.workflows.update(outletOfferWorkflowId(workOrderId), answerOfferUpdate, { outletId, accepted: body.accepted });
  }
}
