import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  BillingCommandSubjects,
  createQuoteCommandSchema,
  rejectQuoteRequestSchema,
  requirePrepaymentRequestSchema,
  type CreateQuoteCommand,
  type QuoteRequestView,
  type QuoteView,
  type RejectQuoteRequest,
  type RequirePrepaymentRequest,
} from '@aftersales/contracts';
import { CommandClient, ZodValidationPipe } from '@aftersales/messaging';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { openApiSchema } from '../http/openapi';
import { CaseNoParam } from './billing-http';
import { Allow } from '../auth/roles.decorator';

@ApiTags('billing')
@Controller('api/v1/billing/quotes')
export class QuotesController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('finance')
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Price and issue the quote of a paid case (报价), with its deadline and on-time/late state; the same case again returns its quote' })
  @ApiBody({ schema: openApiSchema(createQuoteCommandSchema) })
  @ApiResponse({ status: 400, description: 'Invalid body, unknown part or distance beyond the travel bands: `errors` names the field' })
  create(@Body(new ZodValidationPipe(createQuoteCommandSchema)) body: CreateQuoteCommand, @Req() req: Request): Promise<QuoteView> {
    return this.commands.send(BillingCommandSubjects.createQuote, body, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('finance', 'customer_service')
  @Get(':caseNo/request')
  @ApiOperation({ summary: "A paid case's quote request: when the quote is due, by which rule, and whether the deadline was missed (the quote SLA)" })
  @ApiParam({ name: 'caseNo', example: 'CS-20261123-000001' })
  request(@CaseNoParam() caseNo: string, @Req() req: Request): Promise<QuoteRequestView> {
    return this.commands.send(BillingCommandSubjects.getQuoteRequest, { caseNo }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('finance', 'customer_service')
  @Get(':caseNo')
  @ApiOperation({ summary: "A case's quote: lines, totals, deadline, timeliness, payment terms and decision" })
  @ApiParam({ name: 'caseNo', example: 'CS-20261123-000001' })
  get(@CaseNoParam() caseNo: string, @Req() req: Request): Promise<QuoteView> {
    return this.commands.send(BillingCommandSubjects.getQuote, { caseNo }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('customer_service', 'finance')
  @Post(':caseNo/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'The customer accepts the quote' })
  @ApiParam({ name: 'caseNo', example: 'CS-20261123-000001' })
  accept(@CaseNoParam() caseNo: string, @Req() req: Request): Promise<QuoteView> {
    return this.commands.send(BillingCommandSubjects.acceptQuote, { caseNo }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('customer_service', 'finance')
  @Post(':caseNo/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'The customer rejects the quote, with a reason' })
  @ApiParam({ name: 'caseNo', example: 'CS-20261123-000001' })
  @ApiBody({ schema: openApiSchema(rejectQuoteRequestSchema) })
  reject(@CaseNoParam() caseNo: string, @Body(new ZodValidationPipe(rejectQuoteRequestSchema)) body: RejectQuoteRequest, @Req() req: Request): Promise<QuoteView> {
    return this.commands.send(BillingCommandSubjects.rejectQuote, { caseNo, ...body }, { correlationId: correlationIdOfRequest(req) });
  }

  @Allow('finance')
  @Post(':caseNo/payment-terms')
  @HttpCode(200)
  @ApiOperation({ summary: 'Payment terms: pay before service (prepayment) by default; urgent work may go first and is paid after service' })
  @ApiParam({ name: 'caseNo', example: 'CS-20261123-000001' })
  @ApiBody({ schema: openApiSchema(requirePrepaymentRequestSchema) })
  terms(@CaseNoParam() caseNo: string, @Body(new ZodValidationPipe(requirePrepaymentRequestSchema)) body: RequirePrepaymentRequest, @Req() req: Request): Promise<QuoteView> {
    return this.commands.send(BillingCommandSubjects.requirePrepayment, { caseNo, ...body }, { correlationId: correlationIdOfRequest(req) });
  }
}
