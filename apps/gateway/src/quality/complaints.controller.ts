import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { UpdateDefinition } from '@temporalio/common';
import type { z } from 'zod';
import {
  acknowledgeComplaintSchema,
  agreeSolutionSchema,
  closeComplaintSchema,
  complaintNoSchema,
  QualityCommandSubjects,
  registerComplaintRequestSchema,
  replyComplaintSchema,
  reviewComplaintSchema,
  verifyComplaintSchema,
  type ComplaintView,
  type RegisterComplaintRequest,
} from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import {
  acknowledgeComplaintUpdate,
  agreeSolutionUpdate,
  closeComplaintUpdate,
  complaintWorkflowId,
  replyComplaintUpdate,
  reviewComplaintUpdate,
  verifyComplaintUpdate,
  type ComplaintWorkflowState,
} from '@aftersales/workflows';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { QualityWorkflowClient } from './quality-workflow.client';
import { Allow } from '../auth/roles.decorator';

const complaintNoPipe = new ZodValidationPipe(complaintNoSchema, 'complaintNo');

@ApiTags('quality')
@Controller('api/v1/complaints')
export class ComplaintsController {
  constructor(
    private readonly commands: CommandClient,
    private readonly workflows: QualityWorkflowClient,
  ) {}

  @Allow('customer_service', 'quality_officer')
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a complaint (投诉) at once, with its promised reply time' })
  @ApiBody({ schema: openApiSchema(registerComplaintRequestSchema) })
  register(@Body(new ZodValidationPipe(registerComplaintRequestSchema)) body: RegisterComplaintRequest, @Req() req: Request): Promise<ComplaintView> {
    return this.commands.send(QualityCommandSubjects.registerComplaint, { ...body, source: 'customer' }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('customer_service', 'quality_officer')
  @Get(':complaintNo')
  @ApiOperation({ summary: 'A complaint with its steps and escalations' })
  @ApiParam({ name: 'complaintNo', example: 'CP-20261123-000001' })
  get(@Param('complaintNo', complaintNoPipe) complaintNo: string, @Req() req: Request): Promise<ComplaintView> {
    return this.commands.send(QualityCommandSubjects.getComplaint, { complaintNo }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('customer_service', 'quality_officer')
  @Post(':complaintNo/acknowledge')
  @ApiOperation({ summary: 'Customer service acknowledges the complaint (within 24 h)' })
  @ApiParam({ name: 'complaintNo', example: 'CP-20261123-000001' })
  @ApiBody({ schema: openApiSchema(acknowledgeComplaintSchema) })
  @ApiResponse({ status: 409, description: 'The complaint is not at this step' })
  acknowledge(@Param('complaintNo', complaintNoPipe) no: string, @Body(new ZodValidationPipe(acknowledgeComplaintSchema)) body: z.infer<typeof acknowledgeComplaintSchema>): Promise<ComplaintWorkflowState> {
    return this.step(no, acknowledgeComplaintUpdate, body as Record<string, never>);
  }

  @Allow('quality_officer')
  @Post(':complaintNo/verify')
  @ApiOperation({ summary: 'The responsible department has verified the complaint (within 3 working days)' })
  @ApiParam({ name: 'complaintNo', example: 'CP-20261123-000001' })
  @ApiBody({ schema: openApiSchema(verifyComplaintSchema) })
  @ApiResponse({ status: 409, description: 'The complaint is not at this step' })
  verify(@Param('complaintNo', complaintNoPipe) no: string, @Body(new ZodValidationPipe(verifyComplaintSchema)) body: z.infer<typeof verifyComplaintSchema>): Promise<ComplaintWorkflowState> {
    return this.step(no, verifyComplaintUpdate, body);
  }

  @Allow('quality_officer')
  @Post(':complaintNo/solution')
  @ApiOperation({ summary: 'The solution agreed with the customer' })
  @ApiParam({ name: 'complaintNo', example: 'CP-20261123-000001' })
  @ApiBody({ schema: openApiSchema(agreeSolutionSchema) })
  @ApiResponse({ status: 409, description: 'The complaint is not at this step' })
  solution(@Param('complaintNo', complaintNoPipe) no: string, @Body(new ZodValidationPipe(agreeSolutionSchema)) body: z.infer<typeof agreeSolutionSchema>): Promise<ComplaintWorkflowState> {
    return this.step(no, agreeSolutionUpdate, body);
  }

  @Allow('quality_officer')
  @Post(':complaintNo/review')
  @ApiOperation({ summary: 'The department head approves the result or sends it back; a second rejection escalates to leadership' })
  @ApiParam({ name: 'complaintNo', example: 'CP-20261123-000001' })
  @ApiBody({ schema: openApiSchema(reviewComplaintSchema) })
  @ApiResponse({ status: 409, description: 'The complaint is not at this step' })
  review(@Param('complaintNo', complaintNoPipe) no: string, @Body(new ZodValidationPipe(reviewComplaintSchema)) body: z.infer<typeof reviewComplaintSchema>): Promise<ComplaintWorkflowState> {
    return this.step(no, reviewComplaintUpdate, body);
  }

  @Allow('customer_service', 'quality_officer')
  @Post(':complaintNo/reply')
  @ApiOperation({ summary: "Customer service replied to the customer, with the customer's satisfaction" })
  @ApiParam({ name: 'complaintNo', example: 'CP-20261123-000001' })
  @ApiBody({ schema: openApiSchema(replyComplaintSchema) })
  @ApiResponse({ status: 409, description: 'The complaint is not at this step' })
  reply(@Param('complaintNo', complaintNoPipe) no: string, @Body(new ZodValidationPipe(replyComplaintSchema)) body: z.infer<typeof replyComplaintSchema>): Promise<ComplaintWorkflowState> {
    return this.step(no, replyComplaintUpdate, body);
  }

  @Allow('customer_service', 'quality_officer')
  @Post(':complaintNo/close')
  @ApiOperation({ summary: 'Close the complaint with its root-cause category' })
  @ApiParam({ name: 'complaintNo', example: 'CP-20261123-000001' })
  @ApiBody({ schema: openApiSchema(closeComplaintSchema) })
  @ApiResponse({ status: 409, description: 'The complaint is not at this step' })
  close(@Param('complaintNo', complaintNoPipe) no: string, @Body(new ZodValidationPipe(closeComplaintSchema)) body: z.infer<typeof closeComplaintSchema>): Promise<ComplaintWorkflowState> {
    return this.step(no, closeComplaintUpdate, body);
  }

  private step<A>(complaintNo: string, definition: UpdateDefinition<ComplaintWorkflowState, [A]>, body: A): Promise<ComplaintWorkflowState> {
    return this.workflows.update(complaintWorkflowId(complaintNo), definition, body);
  }
}
