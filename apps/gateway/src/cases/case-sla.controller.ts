import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  acknowledgeEscalationRequestSchema,
  caseNoSchema,
  changePriorityRequestSchema,
  CommandSubjects,
  pauseSlaRequestSchema,
  resumeSlaRequestSchema,
  type AcknowledgeEscalationRequest,
  type ChangePriorityRequest,
  type PauseSlaRequest,
  type ResumeSlaRequest,
  type SlaEventV1,
} from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import {
  acknowledgeEscalationUpdate,
  changePriorityUpdate,
  pauseSlaUpdate,
  resumeSlaUpdate,
  type CaseWorkflowState,
} from '@aftersales/workflows';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { CaseWorkflowClient } from './case-workflow.client';
import { Allow } from '../auth/roles.decorator';

const caseNoPipe = new ZodValidationPipe(caseNoSchema, 'caseNo');

@ApiTags('cases')
@ApiParam({ name: 'caseNo', example: 'CS-20261123-000001' })
@ApiResponse({ status: 409, description: 'The case refused the change (e.g. the clock is paused already); nothing changed' })
@Controller('api/v1/cases/:caseNo')
export class CaseSlaController {
  constructor(
    private readonly commands: CommandClient,
    private readonly workflows: CaseWorkflowClient,
  ) {}

  @Allow('customer_service', 'dispatcher', 'quality_officer')
  @Get('sla')
  @ApiOperation({ summary: 'SLA clocks with their running and paused segments, and the recorded timeline' })
  async sla(@Param('caseNo', caseNoPipe) caseNo: string, @Req() req: Request): Promise<{ clocks: CaseWorkflowState['clocks']; priority: string; timeline: SlaEventV1[] }> {
    const [state, timeline] = await Promise.all([
      this.workflows.state(caseNo),
      this.commands.send(CommandSubjects.intakeListSlaEvents, { caseNo }, { correlationId: correlationIdOfRequest(req) }),
    ]);
    return { clocks: state.clocks, priority: state.priority, timeline };
  }

  @Allow('customer_service', 'dispatcher')
  @Post('sla/pause')
  @HttpCode(200)
  @ApiOperation({ summary: 'Pause an SLA clock (waiting for the customer, or for parts where the policy allows)' })
  @ApiBody({ schema: openApiSchema(pauseSlaRequestSchema) })
  pause(@Param('caseNo', caseNoPipe) caseNo: string, @Body(new ZodValidationPipe(pauseSlaRequestSchema)) body: PauseSlaRequest): Promise<CaseWorkflowState> {
    return this.workflows.update(caseNo, pauseSlaUpdate, body);
  }

  @Allow('customer_service', 'dispatcher')
  @Post('sla/resume')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resume a paused SLA clock; the paused time is credited' })
  @ApiBody({ schema: openApiSchema(resumeSlaRequestSchema) })
  resume(@Param('caseNo', caseNoPipe) caseNo: string, @Body(new ZodValidationPipe(resumeSlaRequestSchema)) body: ResumeSlaRequest): Promise<CaseWorkflowState> {
    return this.workflows.update(caseNo, resumeSlaUpdate, body);
  }

  @Allow('customer_service', 'dispatcher')
  @Post('priority')
  @HttpCode(200)
  @ApiOperation({ summary: 'Change the priority; each running clock keeps its consumed budget' })
  @ApiBody({ schema: openApiSchema(changePriorityRequestSchema) })
  priority(@Param('caseNo', caseNoPipe) caseNo: string, @Body(new ZodValidationPipe(changePriorityRequestSchema)) body: ChangePriorityRequest): Promise<CaseWorkflowState> {
    return this.workflows.update(caseNo, changePriorityUpdate, body);
  }

  @Allow('customer_service', 'dispatcher', 'quality_officer')
  @Post('escalations/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: 'The owner of the current escalation level acknowledges it, which holds the ladder' })
  @ApiBody({ schema: openApiSchema(acknowledgeEscalationRequestSchema) })
  acknowledge(
    @Param('caseNo', caseNoPipe) caseNo: string,
    @Body(new ZodValidationPipe(acknowledgeEscalationRequestSchema)) body: AcknowledgeEscalationRequest,
  ): Promise<CaseWorkflowState> {
    return this.workflows.update(caseNo, acknowledgeEscalationUpdate, body);
  }
}
