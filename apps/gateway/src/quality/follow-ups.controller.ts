import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { caseNoSchema, QualityCommandSubjects, surveyRequestSchema, type FollowUpView, type SurveyRequest } from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { declineFollowUpSignal, followUpWorkflowId, submitSurveyUpdate, type FollowUpWorkflowState } from '@aftersales/workflows';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { QualityWorkflowClient } from './quality-workflow.client';
import { Allow } from '../auth/roles.decorator';

const caseNoPipe = new ZodValidationPipe(caseNoSchema, 'caseNo');

@ApiTags('quality')
@ApiParam({ name: 'caseNo', example: 'CS-20261123-000001' })
@Controller('api/v1/cases/:caseNo/follow-up')
export class FollowUpsController {
  constructor(
    private readonly commands: CommandClient,
    private readonly workflows: QualityWorkflowClient,
  ) {}

  @Allow('customer_service', 'quality_officer')
  @Get()
  @ApiOperation({ summary: "The case's follow-up (回访): channels tried, outcome, survey, linked complaint" })
  get(@Param('caseNo', caseNoPipe) caseNo: string, @Req() req: Request): Promise<FollowUpView> {
    return this.commands.send(QualityCommandSubjects.getFollowUp, { caseNo }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('customer_service', 'quality_officer')
  @Post('survey')
  @ApiOperation({ summary: 'Record the satisfaction survey (1–5); a low score or a raised problem opens a linked complaint' })
  @ApiBody({ schema: openApiSchema(surveyRequestSchema) })
  @ApiResponse({ status: 409, description: 'The follow-up is not waiting for a survey' })
  survey(@Param('caseNo', caseNoPipe) caseNo: string, @Body(new ZodValidationPipe(surveyRequestSchema)) body: SurveyRequest): Promise<FollowUpWorkflowState> {
    return this.workflows.update(followUpWorkflowId(caseNo), submitSurveyUpdate, body);
  }

  @Allow('customer_service', 'quality_officer')
  @Post('decline')
  @HttpCode(202)
  @ApiOperation({ summary: 'The customer declined the follow-up: it ends as declined unless the survey was answered' })
  async decline(@Param('caseNo', caseNoPipe) caseNo: string): Promise<{ accepted: true }> {
    await this.workflows.signal(followUpWorkflowId(caseNo), declineFollowUpSignal);
    return { accepted: true };
  }
}
