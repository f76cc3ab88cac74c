import type {
  RequestQuoteInput,
  AgingQuery,
  BillingCaseRef,
  CreateQuoteInput,
  IssueInvoiceRequest,
  IssueRefundCommand,
  ManufacturerClaimsQuery,
  OutletStatementQuery,
  PriceList,
  RecordCompensationCommand,
  RecordPaymentCommand,
  RejectQuoteCommand,
  RemindPaymentCommand,
  RequirePrepaymentInput,
  RetentionRef,
  SignSettlementCommand,
} from './billing.schemas';
import { BillingCommandSubjects as S } from './billing.subjects';
import type { AgingReport, InvoiceView, ManufacturerClaimsReport, OutletStatement, PaymentRecordedView, PriceListView, QuoteRequestView, QuoteView, RetentionView } from './billing.types';

/** Request and reply of every billing command, by subject. Commands with a case number are idempotent per case. */
export interface BillingCommands {
  [S.publishPriceList]: { request: PriceList; reply: PriceListView };
  [S.getActivePriceList]: { request: Record<string, never>; reply: PriceListView };
  /** Creates and issues the case's quote; the same case again answers the existing open quote. */
  [S.requestQuote]: { request: RequestQuoteInput; reply: QuoteRequestView };
  [S.checkQuoteDeadline]: { request: BillingCaseRef; reply: QuoteRequestView };
  [S.getQuoteRequest]: { request: BillingCaseRef; reply: QuoteRequestView };
  [S.createQuote]: { request: CreateQuoteInput; reply: QuoteView };
  [S.getQuote]: { request: BillingCaseRef; reply: QuoteView };
  [S.acceptQuote]: { request: BillingCaseRef; reply: QuoteView };
  [S.rejectQuote]: { request: RejectQuoteCommand; reply: QuoteView };
  [S.requirePrepayment]: { request: RequirePrepaymentInput; reply: QuoteView };
  [S.issueInvoice]: { request: IssueInvoiceRequest; reply: InvoiceView };
  [S.getInvoice]: { request: BillingCaseRef; reply: InvoiceView };
  [S.signSettlement]: { request: SignSettlementCommand; reply: InvoiceView };
  /** Before the invoice it pays the quote (prepayment); after, the invoice. Same reference again: no second effect. */
  [S.recordPayment]: { request: RecordPaymentCommand; reply: PaymentRecordedView };
  [S.issueRefund]: { request: IssueRefundCommand; reply: InvoiceView };
  [S.recordCompensation]: { request: RecordCompensationCommand; reply: InvoiceView };
  [S.remindPayment]: { request: RemindPaymentCommand; reply: { reminded: boolean; outstanding: InvoiceView['outstanding'] } };
  [S.raiseRetentionClaim]: { request: RetentionRef; reply: RetentionView };
  [S.agingReport]: { request: AgingQuery; reply: AgingReport };
  [S.manufacturerClaims]: { request: ManufacturerClaimsQuery; reply: ManufacturerClaimsReport };
  [S.outletStatement]: { request: OutletStatementQuery; reply: OutletStatement };
}
