import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  BillingCommandSubjects,
  issueInvoiceCommandSchema,
  issueRefundRequestSchema,
  recordCompensationRequestSchema,
  recordPaymentRequestSchema,
  signSettlementRequestSchema,
  type InvoiceView,
  type IssueInvoiceCommand,
  type IssueRefundRequest,
  type PaymentRecordedView,
  type RecordCompensationRequest,
  type RecordPaymentRequest,
  type SignSettlementRequest,
} from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { CaseNoParam } from './billing-http';
import { Allow } from '../auth/roles.decorator';

@ApiTags('billing')
@Controller('api/v1/billing')
export class InvoicesController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('finance')
  @Post('invoices')
  @HttpCode(201)
  @ApiOperation({ summary: 'Issue the invoice of a case from its accepted quote (warranty lines at zero with their reason); idempotent per case' })
  @ApiBody({ schema: openApiSchema(issueInvoiceCommandSchema) })
  @ApiResponse({ status: 422, description: 'The quote is not accepted' })
  issue(@Body(new ZodValidationPipe(issueInvoiceCommandSchema)) body: IssueInvoiceCommand, @Req() req: Request): Promise<InvoiceView> {
    return this.commands.send(BillingCommandSubjects.issueInvoice, body, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('finance', 'customer_service')
  @Get('invoices/:caseNo')
  @ApiOperation({ summary: "A case's invoice with payments, refunds, compensations and retention" })
  @ApiParam({ name: 'caseNo', example: 'CS-20261123-000001' })
  get(@CaseNoParam() caseNo: string, @Req() req: Request): Promise<InvoiceView> {
    return this.commands.send(BillingCommandSubjects.getInvoice, { caseNo }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('finance', 'customer_service')
  @Post('invoices/:caseNo/settlement-signature')
  @HttpCode(200)
  @ApiOperation({ summary: 'The customer signs the settlement slip (结算单签字)' })
  @ApiParam({ name: 'caseNo', example: 'CS-20261123-000001' })
  @ApiBody({ schema: openApiSchema(signSettlementRequestSchema) })
  sign(@CaseNoParam() caseNo: string, @Body(new ZodValidationPipe(signSettlementRequestSchema)) body: SignSettlementRequest, @Req() req: Request): Promise<InvoiceView> {
    return this.commands.send(BillingCommandSubjects.signSettlement, { caseNo, ...body }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('finance')
  @Post('cases/:caseNo/payments')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a payment (prepayment before the invoice, full or partial after); the same reference again has no second effect' })
  @ApiParam({ name: 'caseNo', example: 'CS-20261123-000001' })
  @ApiBody({ schema: openApiSchema(recordPaymentRequestSchema) })
  @ApiResponse({ status: 422, description: 'More than is owed' })
  pay(@CaseNoParam() caseNo: string, @Body(new ZodValidationPipe(recordPaymentRequestSchema)) body: RecordPaymentRequest, @Req() req: Request): Promise<PaymentRecordedView> {
    return this.commands.send(BillingCommandSubjects.recordPayment, { caseNo, ...body }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('finance')
  @Post('cases/:caseNo/refunds')
  @HttpCode(200)
  @ApiOperation({ summary: 'Refund (e.g. for a return); never more than was paid' })
  @ApiParam({ name: 'caseNo', example: 'CS-20261123-000001' })
  @ApiBody({ schema: openApiSchema(issueRefundRequestSchema) })
  @ApiResponse({ status: 422, description: 'More than was paid' })
  refund(@CaseNoParam() caseNo: string, @Body(new ZodValidationPipe(issueRefundRequestSchema)) body: IssueRefundRequest, @Req() req: Request): Promise<InvoiceView> {
    return this.commands.send(BillingCommandSubjects.issueRefund, { caseNo, ...body }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('finance')
  @Post('cases/:caseNo/compensations')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a compensation (赔付) where the company is at fault' })
  @ApiParam({ name: 'caseNo', example: 'CS-20261123-000001' })
  @ApiBody({ schema: openApiSchema(recordCompensationRequestSchema) })
  compensate(@CaseNoParam() caseNo: string, @Body(new ZodValidationPipe(recordCompensationRequestSchema)) body: RecordCompensationRequest, @Req() req: Request): Promise<InvoiceView> {
    return this.commands.send(BillingCommandSubjects.recordCompensation, { caseNo, ...body }, { correlationId: correlationIdOfRequest(req) });
  }
}
