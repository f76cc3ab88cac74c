import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import type { Request } from 'express';
import {
  approveRecallRequestSchema,
  campaignNoSchema,
  cancelRecallRequestSchema,
  changeRecallRateRequestSchema,
  createRecallRequestSchema,
  declineRecallRequestSchema,
  QualityCommandSubjects as S,
  scheduleRecallRemedyRequestSchema,
  type ApproveRecallRequest,
  type CancelRecallRequest,
  type ChangeRecallRateRequest,
  type CreateRecallCommand,
  type DeclineRecallRequest,
  type RecallProgress,
  type RecallReport,
  type RecallView,
  type ScheduleRecallRemedyRequest,
} from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { cancelRecallUpdate, changeRecallRateUpdate, pauseRecallUpdate, recallProgressQuery, recallWorkflowId, resumeRecallUpdate } from '@aftersales/workflows';
import { z } from 'zod';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { QualityWorkflowClient } from './quality-workflow.client';
import { Allow } from '../auth/roles.decorator';

const noPipe = new ZodValidationPipe(campaignNoSchema, 'campaignNo');
const unitPipe = new ZodValidationPipe(z.uuid(), 'unitId');
type UnitAnswer = { unitId: string; state: string; caseNo: string | null };

/** Recall campaigns (召回): propose, approve, steer the running campaign, record owners' answers, report. */
@ApiTags('quality')
@Controller('api/v1/recalls')
export class RecallsController {
  constructor(
    private readonly commands: CommandClient,
    private readonly workflows: QualityWorkflowClient,
    private readonly client: Client,
  ) {}

  @Allow('quality_officer')
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Propose a recall campaign (pending approval): reason, affected models, remedies, window, pacing' })
  @ApiBody({ schema: openApiSchema(createRecallRequestSchema) })
  create(@Body(new ZodValidationPipe(createRecallRequestSchema)) body: CreateRecallCommand, @Req() req: Request): Promise<RecallView> {
    return this.commands.send(S.createRecall, body, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('customer_service', 'quality_officer')
  @Get(':campaignNo')
  @ApiOperation({ summary: 'A recall campaign' })
  @ApiParam({ name: 'campaignNo', example: 'RC-20261123-0001' })
  get(@Param('campaignNo', noPipe) campaignNo: string, @Req() req: Request): Promise<RecallView> {
    return this.commands.send(S.getRecall, { campaignNo }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('quality_officer')
  @Post(':campaignNo/approval')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a proposed campaign: its workflow recall-<campaignNo> starts' })
  @ApiParam({ name: 'campaignNo', example: 'RC-20261123-0001' })
  @ApiBody({ schema: openApiSchema(approveRecallRequestSchema) })
  @ApiResponse({ status: 409, description: 'QUALITY.RECALL_STEP_REFUSED: not proposed' })
  approve(@Param('campaignNo', noPipe) campaignNo: string, @Body(new ZodValidationPipe(approveRecallRequestSchema)) body: ApproveRecallRequest, @Req() req: Request): Promise<RecallView> {
    return this.commands.send(S.approveRecall, { ...body, campaignNo }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('quality_officer')
  @Post(':campaignNo/pause')
  @HttpCode(200)
  @ApiOperation({ summary: 'Pause notifications (the batch under way finishes)' })
  @ApiParam({ name: 'campaignNo', example: 'RC-20261123-0001' })
  @ApiResponse({ status: 409, description: 'QUALITY.CHANGE_REFUSED: not running' })
  pause(@Param('campaignNo', noPipe) campaignNo: string): Promise<RecallProgress> {
    return this.workflows.update(recallWorkflowId(campaignNo), pauseRecallUpdate, {});
  }

  @Allow('quality_officer')
  @Post(':campaignNo/resume')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resume a paused campaign' })
  @ApiParam({ name: 'campaignNo', example: 'RC-20261123-0001' })
  @ApiResponse({ status: 409, description: 'QUALITY.CHANGE_REFUSED: not paused' })
  resume(@Param('campaignNo', noPipe) campaignNo: string): Promise<RecallProgress> {
    return this.workflows.update(recallWorkflowId(campaignNo), resumeRecallUpdate, {});
  }

  @Allow('quality_officer')
  @Post(':campaignNo/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel the campaign with its reason (kept with the campaign): no further notices or reminders' })
  @ApiParam({ name: 'campaignNo', example: 'RC-20261123-0001' })
  @ApiBody({ schema: openApiSchema(cancelRecallRequestSchema) })
  @ApiResponse({ status: 400, description: 'No reason, or one not in the recallCancelReasons labels' })
  @ApiResponse({ status: 409, description: 'QUALITY.CHANGE_REFUSED: already ended' })
  cancel(@Param('campaignNo', noPipe) campaignNo: string, @Body(new ZodValidationPipe(cancelRecallRequestSchema)) body: CancelRecallRequest): Promise<RecallProgress> {
    return this.workflows.update(recallWorkflowId(campaignNo), cancelRecallUpdate, body);
  }

  @Allow('quality_officer')
  @Post(':campaignNo/rate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Change the notification rate (owners per minute)' })
  @ApiParam({ name: 'campaignNo', example: 'RC-20261123-0001' })
  @ApiBody({ schema: openApiSchema(changeRecallRateRequestSchema) })
  rate(@Param('campaignNo', noPipe) campaignNo: string, @Body(new ZodValidationPipe(changeRecallRateRequestSchema)) body: ChangeRecallRateRequest): Promise<RecallProgress> {
    return this.workflows.update(recallWorkflowId(campaignNo), changeRecallRateUpdate, body);
  }

  @Allow('customer_service', 'quality_officer')
  @Get(':campaignNo/progress')
  @ApiOperation({ summary: 'Units per state, rate and expected finish of the notices' })
  @ApiParam({ name: 'campaignNo', example: 'RC-20261123-0001' })
  async progress(@Param('campaignNo', noPipe) campaignNo: string, @Req() req: Request): Promise<RecallProgress> {
    try {
      return await this.client.workflow.getHandle(recallWorkflowId(campaignNo)).query(recallProgressQuery);
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
      // Not started (still proposed): what quality knows.
      const correlationId = correlationIdOfRequest(req);
      const campaign = await this.commands.send(S.getRecall, { campaignNo }, { correlationId });
      const counts = await this.commands.send(S.recallCounts, { campaignNo }, { correlationId });
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      return { campaignNo, status: campaign.status, ratePerMinute: campaign.pacing.ratePerMinute, counts, total, identificationDone: false, remindersSent: 0, expectedFinishAt: null };
    }
  }

  @Allow('quality_officer')
  @Get(':campaignNo/report')
  @ApiOperation({ summary: 'The final report: units per state, remedies, channels, response rate' })
  @ApiParam({ name: 'campaignNo', example: 'RC-20261123-0001' })
  report(@Param('campaignNo', noPipe) campaignNo: string, @Req() req: Request): Promise<RecallReport> {
    return this.commands.send(S.recallReport, { campaignNo }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('customer_service', 'quality_officer', 'integration_client')
  @Post(':campaignNo/units/:unitId/schedule')
  @HttpCode(200)
  @ApiOperation({ summary: "The owner takes a remedy: opens the free recall-remedy case linked to the campaign" })
  @ApiParam({ name: 'campaignNo', example: 'RC-20261123-0001' })
  @ApiParam({ name: 'unitId', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(scheduleRecallRemedyRequestSchema) })
  @ApiResponse({ status: 409, description: 'QUALITY.RECALL_UNIT_ANSWERED: the owner answered already' })
  schedule(@Param('campaignNo', noPipe) campaignNo: string, @Param('unitId', unitPipe) unitId: string, @Body(new ZodValidationPipe(scheduleRecallRemedyRequestSchema)) body: ScheduleRecallRemedyRequest, @Req() req: Request): Promise<UnitAnswer> {
    return this.commands.send(S.scheduleRecallRemedy, { ...body, campaignNo, unitId }, { correlationId: correlationIdOfRequest(req), timeoutMs: 30_000 });
  }

  @Allow('customer_service', 'quality_officer', 'integration_client')
  @Post(':campaignNo/units/:unitId/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'The owner declines the remedy: no more reminders' })
  @ApiParam({ name: 'campaignNo', example: 'RC-20261123-0001' })
  @ApiParam({ name: 'unitId', format: 'uuid' })
  @ApiBody({ schema: openApiSchema(declineRecallRequestSchema) })
  decline(@Param('campaignNo', noPipe) campaignNo: string, @Param('unitId', unitPipe) unitId: string, @Body(new ZodValidationPipe(declineRecallRequestSchema)) body: DeclineRecallRequest, @Req() req: Request): Promise<UnitAnswer> {
    return this.commands.send(S.declineRecall, { ...body, campaignNo, unitId }, { correlationId: correlationIdOfRequest(req) });
  }
}
