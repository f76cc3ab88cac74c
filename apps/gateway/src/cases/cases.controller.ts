import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { z } from 'zod';
import {
  bilingual,
  cancelCaseRequestSchema,
  caseNoSchema,
  CommandSubjects,
  DispatchCommandSubjects,
  Headers,
  openCaseRequestSchema,
  type CancelCaseRequest,
  type CaseView,
  type NotificationAttemptView,
  type WorkOrderView,
  type OpenCaseRequest,
} from '@aftersales/contracts';
import { CommandClient, parseWith, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { CaseWorkflowClient, type WorkflowStateView } from './case-workflow.client';
import { Allow } from '../auth/roles.decorator';

const idempotencyKeySchema = z
  .string()
  .regex(/^[\x21-\x7e]{1,200}$/, { error: bilingual('must be 1 to 200 visible ASCII characters', '须为 1 至 200 个可见 ASCII 字符') })
  .optional();

@ApiTags('cases')
@Controller('api/v1/cases')
export class CasesController {
  constructor(
    private readonly commands: CommandClient,
    private readonly workflows: CaseWorkflowClient,
  ) {}

  @Allow('customer_service', 'integration_client')
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Open a service case (报修受理)' })
  @ApiBody({ schema: openApiSchema(openCaseRequestSchema) })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retried request with the same key returns the same case' })
  @ApiResponse({ status: 201, description: 'The case, with its caseNo' })
  @ApiResponse({ status: 400, description: 'Invalid body: `errors` names each bad field' })
  async open(@Body(new ZodValidationPipe(openCaseRequestSchema)) body: OpenCaseRequest, @Req() req: Request): Promise<CaseView> {
    const idempotencyKey = parseWith(idempotencyKeySchema, req.header(Headers.idempotencyKey), 'Idempotency-Key');
    return this.commands.send(
      CommandSubjects.intakeOpenCase,
      { request: body, ...(idempotencyKey ? { idempotencyKey } : {}) },
      { correlationId: correlationIdOfRequest(req) },
    );
  }

  @Allow('customer_service', 'dispatcher', 'quality_officer', 'finance', 'integration_client')
  @Get(':caseNo')
  @ApiOperation({ summary: 'A case with its status and its workflow state' })
  @ApiParam({ name: 'caseNo', example: 'CS-20261123-000001' })
  async get(
    @Param('caseNo', new ZodValidationPipe(caseNoSchema, 'caseNo')) caseNo: string,
    @Req() req: Request,
  ): Promise<CaseView & { workflow: WorkflowStateView | null }> {
    const [view, workflow] = await Promise.all([
      this.commands.send(CommandSubjects.intakeGetCase, { caseNo }, { correlationId: correlationIdOfRequest(req) }),
      this.workflows.forCase(caseNo),
    ]);
    return { ...view, workflow };
  }

  @Allow('customer_service', 'quality_officer')
  @Get(':caseNo/notifications')
  @ApiOperation({ summary: 'Every attempt to notify the customer of this case, with the provider answer' })
  @ApiParam({ name: 'caseNo', example: 'CS-20261123-000001' })
  notifications(@Param('caseNo', new ZodValidationPipe(caseNoSchema, 'caseNo')) caseNo: string, @Req() req: Request): Promise<NotificationAttemptView[]> {
    return this.commands.send(CommandSubjects.intakeListNotifications, { caseNo }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('customer_service', 'dispatcher')
  @Get(':caseNo/work-order')
  @ApiOperation({ summary: "The case's open work order in dispatch, else its latest" })
  @ApiParam({ name: 'caseNo', example: 'CS-20261123-000001' })
  workOrder(@Param('caseNo', new ZodValidationPipe(caseNoSchema, 'caseNo')) caseNo: string, @Req() req: Request): Promise<WorkOrderView> {
    return this.commands.send(DispatchCommandSubjects.findWorkOrderForCase, { caseNo }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('customer_service')
  @Post(':caseNo/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel or withdraw a case that has not ended' })
  @ApiParam({ name: 'caseNo', example: 'CS-20261123-000001' })
  @ApiBody({ schema: openApiSchema(cancelCaseRequestSchema) })
  @ApiResponse({ status: 409, description: 'The case has already ended' })
  cancel(
    @Param('caseNo', new ZodValidationPipe(caseNoSchema, 'caseNo')) caseNo: string,
    @Body(new ZodValidationPipe(cancelCaseRequestSchema)) body: CancelCaseRequest,
    @Req() req: Request,
  ): Promise<CaseView> {
    return this.commands.send(CommandSubjects.intakeCancelCase, { caseNo, reason: body.reason }, { correlationId: correlationIdOfRequest(req) });
  }
}
