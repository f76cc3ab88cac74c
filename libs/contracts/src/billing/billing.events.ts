// Event payloads of the billing context: ids, codes, amounts and times. No names or signatures.
import type { CompensationReason, PaymentTerm, QuoteDeadlineRule, QuoteTimeliness, RefundReason, RejectionReason } from './billing.labels';
import { BillingEventSubjects as S } from './billing.subjects';
import type { Money } from './money';

export interface PriceListPublishedV1 {
  version: string;
  currency: string;
  publishedAt: string;
}

export interface QuoteIssuedV1 {
  quoteId: string;
  caseNo: string;
  priceListVersion: string;
  customerTotal: Money;
  listTotal: Money;
  requestedAt: string;
  dueAt: string;
  deadlineRule: QuoteDeadlineRule;
  issuedAt: string;
  timeliness: QuoteTimeliness;
}

/** The quote SLA was breached: issued after its deadline. */
export interface QuoteRequestedV1 {
  caseNo: string;
  requestedAt: string;
  dueAt: string;
  deadlineRule: QuoteDeadlineRule;
}

/** The quote SLA breached: the deadline passed and no quote was issued. */
export interface QuoteDeadlineMissedV1 {
  caseNo: string;
  requestedAt: string;
  dueAt: string;
  detectedAt: string;
}

export interface QuoteOverdueV1 {
  quoteId: string;
  caseNo: string;
  dueAt: string;
  issuedAt: string;
  lateByMs: number;
}

export interface QuoteAcceptedV1 {
  quoteId: string;
  caseNo: string;
  customerTotal: Money;
  acceptedAt: string;
}

export interface QuoteRejectedV1 {
  quoteId: string;
  caseNo: string;
  reason: RejectionReason;
  rejectedAt: string;
}

export interface PaymentTermsSetV1 {
  quoteId: string;
  caseNo: string;
  paymentTerm: PaymentTerm;
  prepaymentRequired: boolean;
  prepaymentAmount: Money;
  setAt: string;
}

export interface InvoiceIssuedV1 {
  invoiceId: string;
  caseNo: string;
  customerTotal: Money;
  outstanding: Money;
  paymentTerm: PaymentTerm;
  dueAt: string;
  /** The reminder policy of the price list, so a receivable's workflow needs no lookup. */
  reminderEveryMs: number;
  maxReminders: number;
  issuedAt: string;
}

export interface SettlementSignedV1 {
  invoiceId: string;
  caseNo: string;
  signedAt: string;
}

export interface PaymentReceivedV1 {
  caseNo: string;
  reference: string;
  amount: Money;
  /** Net paid so far on the case and what is still owed (the quote before an invoice, else the invoice). */
  paid: Money;
  outstanding: Money;
  receivedAt: string;
}

export interface PaymentOverdueV1 {
  invoiceId: string;
  caseNo: string;
  outstanding: Money;
  dueAt: string;
  reminderNo: number;
  remindedAt: string;
}

export interface RefundIssuedV1 {
  caseNo: string;
  reference: string;
  amount: Money;
  reason: RefundReason;
  refundedAt: string;
}

export interface CompensationRecordedV1 {
  caseNo: string;
  reference: string;
  amount: Money;
  reason: CompensationReason;
  recordedAt: string;
}

export interface RetentionRecordedV1 {
  retentionId: string;
  caseNo: string;
  amount: Money;
  warrantyEndsAt: string;
  claimAt: string;
}

export interface RetentionClaimRaisedV1 {
  retentionId: string;
  caseNo: string;
  amount: Money;
  warrantyEndsAt: string;
  raisedAt: string;
}

export interface ManufacturerClaimRecordedV1 {
  claimId: string;
  caseNo: string;
  maker: string;
  faultCode: string;
  period: string;
  amount: Money;
}

export interface DuplicateClaimFlaggedV1 {
  claimId: string;
  caseNo: string;
  duplicateOfClaimId: string;
  duplicateOfCaseNo: string;
  maker: string;
  faultCode: string;
  period: string;
}

/** Payload of every billing event, by subject. */
export interface BillingEvents {
  [S.priceListPublished]: PriceListPublishedV1;
  [S.quoteIssued]: QuoteIssuedV1;
  [S.quoteOverdue]: QuoteOverdueV1;
  [S.quoteRequested]: QuoteRequestedV1;
  [S.quoteDeadlineMissed]: QuoteDeadlineMissedV1;
  [S.quoteAccepted]: QuoteAcceptedV1;
  [S.quoteRejected]: QuoteRejectedV1;
  [S.paymentTermsSet]: PaymentTermsSetV1;
  [S.invoiceIssued]: InvoiceIssuedV1;
  [S.settlementSigned]: SettlementSignedV1;
  [S.paymentReceived]: PaymentReceivedV1;
  [S.paymentOverdue]: PaymentOverdueV1;
  [S.refundIssued]: RefundIssuedV1;
  [S.compensationRecorded]: CompensationRecordedV1;
  [S.retentionRecorded]: RetentionRecordedV1;
  [S.retentionClaimRaised]: RetentionClaimRaisedV1;
  [S.manufacturerClaimRecorded]: ManufacturerClaimRecordedV1;
  [S.duplicateClaimFlagged]: DuplicateClaimFlaggedV1;
}
