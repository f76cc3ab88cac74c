import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import {
  agingQuerySchema,
  BillingCommandSubjects as S,
  billingCaseRefSchema,
  createQuoteCommandSchema,
  issueInvoiceCommandSchema,
  issueRefundCommandSchema,
  manufacturerClaimsQuerySchema,
  outletStatementQuerySchema,
  recordCompensationCommandSchema,
  recordPaymentCommandSchema,
  rejectQuoteCommandSchema,
  remindPaymentCommandSchema,
  requirePrepaymentCommandSchema,
  retentionRefSchema,
  signSettlementCommandSchema,
  DomainError,
  type AgingQuery,
  type AgingReport,
  type BillingCaseRef,
  type CreateQuoteCommand,
  type InvoiceView,
  type IssueInvoiceCommand,
  type IssueRefundCommand,
  type ManufacturerClaimsQuery,
  type ManufacturerClaimsReport,
  type Money,
  type OutletStatement,
  type OutletStatementQuery,
  type PaymentRecordedView,
  type QuoteView,
  type RecordCompensationCommand,
  type RecordPaymentCommand,
  type RejectQuoteCommand,
  type RemindPaymentCommand,
  type RequirePrepaymentCommand,
  type RetentionRef,
  type RetentionView,
  type SignSettlementCommand,
} from '@aftersales/contracts';
import type { ZodType } from 'zod';
import { CommandHandlers, correlationIdOf, ZodValidationPipe } from '@aftersales/messaging';
import { BillingReports } from '../reports/billing-reports';
import { AccountRepository } from './account.repository';
import { requireInvoice } from './account.lookup';
import { toInvoiceView, toQuoteView } from './account.view';
import { AccountErrors } from './account.errors';
import { CreateQuoteUseCase } from './use-cases/create-quote/create-quote.use-case';
import { DecideQuoteUseCase } from './use-cases/decide-quote/decide-quote.use-case';
import { IssueInvoiceUseCase } from './use-cases/issue-invoice/issue-invoice.use-case';
import { RaiseRetentionClaimUseCase } from './use-cases/raise-retention-claim/raise-retention-claim.use-case';
import { RecordMoneyMovementUseCase } from './use-cases/record-money-movement/record-money-movement.use-case';
import { RemindPaymentUseCase } from './use-cases/remind-payment/remind-payment.use-case';
import { RequirePrepaymentUseCase } from './use-cases/require-prepayment/require-prepayment.use-case';
import { SignSettlementUseCase } from './use-cases/sign-settlement/sign-settlement.use-case';

const pipe = <S extends ZodType>(schema: S) => new ZodValidationPipe(schema);

/** NATS command handlers of case accounts: parse, call the use case, return its result. */
@CommandHandlers()
export class AccountsMessageController {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly createQuote: CreateQuoteUseCase,
    private readonly decideQuote: DecideQuoteUseCase,
    private readonly requirePrepayment: RequirePrepaymentUseCase,
    private readonly issueInvoice: IssueInvoiceUseCase,
    private readonly signSettlement: SignSettlementUseCase,
    private readonly money: RecordMoneyMovementUseCase,
    private readonly remindPayment: RemindPaymentUseCase,
    private readonly raiseRetentionClaim: RaiseRetentionClaimUseCase,
    private readonly reports: BillingReports,
  ) {}

  @MessagePattern(S.createQuote)
  create(@Payload(pipe(createQuoteCommandSchema)) command: CreateQuoteCommand, @Ctx() ctx: NatsContext): Promise<QuoteView> {
    return this.createQuote.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.getQuote)
  async quote(@Payload(pipe(billingCaseRefSchema)) ref: BillingCaseRef): Promise<QuoteView> {
    return toQuoteView(await this.account(ref.caseNo));
  }

  @MessagePattern(S.acceptQuote)
  accept(@Payload(pipe(billingCaseRefSchema)) ref: BillingCaseRef, @Ctx() ctx: NatsContext): Promise<QuoteView> {
    return this.decideQuote.accept(ref.caseNo, correlationIdOf(ctx));
  }

  @MessagePattern(S.rejectQuote)
  reject(@Payload(pipe(rejectQuoteCommandSchema)) command: RejectQuoteCommand, @Ctx() ctx: NatsContext): Promise<QuoteView> {
    return this.decideQuote.reject(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.requirePrepayment)
  terms(@Payload(pipe(requirePrepaymentCommandSchema)) command: RequirePrepaymentCommand, @Ctx() ctx: NatsContext): Promise<QuoteView> {
    return this.requirePrepayment.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.issueInvoice)
  invoice(@Payload(pipe(issueInvoiceCommandSchema)) command: IssueInvoiceCommand, @Ctx() ctx: NatsContext): Promise<InvoiceView> {
    return this.issueInvoice.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.getInvoice)
  async getInvoice(@Payload(pipe(billingCaseRefSchema)) ref: BillingCaseRef): Promise<InvoiceView> {
    return toInvoiceView(requireInvoice(await this.account(ref.caseNo)));
  }

  @MessagePattern(S.signSettlement)
  sign(@Payload(pipe(signSettlementCommandSchema)) command: SignSettlementCommand, @Ctx() ctx: NatsContext): Promise<InvoiceView> {
    return this.signSettlement.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.recordPayment)
  pay(@Payload(pipe(recordPaymentCommandSchema)) command: RecordPaymentCommand, @Ctx() ctx: NatsContext): Promise<PaymentRecordedView> {
    return this.money.recordPayment(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.issueRefund)
  refund(@Payload(pipe(issueRefundCommandSchema)) command: IssueRefundCommand, @Ctx() ctx: NatsContext): Promise<InvoiceView> {
    return this.money.issueRefund(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.recordCompensation)
  compensate(@Payload(pipe(recordCompensationCommandSchema)) command: RecordCompensationCommand, @Ctx() ctx: NatsContext): Promise<InvoiceView> {
    return this.money.recordCompensation(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.remindPayment)
  remind(@Payload(pipe(remindPaymentCommandSchema)) command: RemindPaymentCommand, @Ctx() ctx: NatsContext): Promise<{ reminded: boolean; outstanding: Money }> {
    return this.remindPayment.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.raiseRetentionClaim)
  retention(@Payload(pipe(retentionRefSchema)) ref: RetentionRef, @Ctx() ctx: NatsContext): Promise<RetentionView> {
    return this.raiseRetentionClaim.execute(ref.retentionId, correlationIdOf(ctx));
  }

  @MessagePattern(S.agingReport)
  aging(@Payload(pipe(agingQuerySchema)) query: AgingQuery): Promise<AgingReport> {
    return this.reports.aging(query.asOf);
  }

  @MessagePattern(S.manufacturerClaims)
  claims(@Payload(pipe(manufacturerClaimsQuerySchema)) query: ManufacturerClaimsQuery): Promise<ManufacturerClaimsReport> {
    return this.reports.manufacturerClaims(query.maker);
  }

  @MessagePattern(S.outletStatement)
  statement(@Payload(pipe(outletStatementQuerySchema)) query: OutletStatementQuery): Promise<OutletStatement> {
    return this.reports.outletStatement(query);
  }

  private async account(caseNo: string) {
    const account = await this.accounts.findAccount(caseNo);
    if (!account) throw new DomainError(AccountErrors.QUOTE_NOT_FOUND, { details: [{ field: 'caseNo', reason: `${caseNo} has no quote` }] });
    return account;
  }
}
