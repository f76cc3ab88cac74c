import type { Label } from '../labels';
import type {
  AgingBucket,
  CompensationReason,
  DifficultyLevel,
  InvoiceStatus,
  LineKind,
  Payer,
  PayerReason,
  PaymentTerm,
  QuoteDeadlineRule,
  QuoteStatus,
  QuoteTimeliness,
  RefundReason,
  RejectionReason,
} from './billing.labels';
import type { PriceList } from './billing.schemas';
import type { Money } from './money';

export interface PriceListView {
  version: string;
  active: boolean;
  createdAt: string;
  priceList: PriceList;
}

/** One priced line: what it lists at, what the customer pays, and who pays the rest and why. */
export interface BillingLineView {
  kind: LineKind;
  /** Difficulty level, part number or distance band (`<=30km`). */
  code: string;
  /** Minutes of labour, number of parts, or 1 for travel. */
  quantity: number;
  unitPrice: Money;
  listAmount: Money;
  /** Zero unless the customer pays; warranty lines show zero with their reason. */
  customerAmount: Money;
  payer: Payer;
  payerReason: PayerReason;
  explanation: Label;
}

export interface QuoteView {
  id: string;
  caseNo: string;
  priceListVersion: string;
  status: QuoteStatus;
  difficulty: DifficultyLevel;
  lines: BillingLineView[];
  listTotal: Money;
  customerTotal: Money;
  requestedAt: string;
  dueAt: string;
  deadlineRule: QuoteDeadlineRule;
  issuedAt: string;
  /** The quote's own SLA: issued by its deadline or not. */
  timeliness: QuoteTimeliness;
  paymentTerm: PaymentTerm;
  prepaymentRequired: boolean;
  paid: Money;
  decidedAt: string | null;
  rejectionReason: RejectionReason | null;
  rejectionNote: string | null;
}

export interface MoneyMovementView {
  reference: string;
  kind: 'payment' | 'refund' | 'compensation';
  amount: Money;
  reason: RefundReason | CompensationReason | null;
  recordedAt: string;
}

export interface RetentionView {
  id: string;
  amount: Money;
  warrantyEndsAt: string;
  claimAt: string;
  claimRaisedAt: string | null;
}

export interface InvoiceView {
  id: string;
  caseNo: string;
  quoteId: string;
  status: InvoiceStatus;
  lines: BillingLineView[];
  customerTotal: Money;
  paid: Money;
  refunded: Money;
  outstanding: Money;
  paymentTerm: PaymentTerm;
  dueAt: string;
  completedAt: string;
  outletId: string;
  outsourced: boolean;
  settlementSignedAt: string | null;
  remindersSent: number;
  issuedAt: string;
  movements: MoneyMovementView[];
  retention: RetentionView | null;
}

/** The case's account after a payment: before the invoice it counts against the quote. */
export interface PaymentRecordedView {
  caseNo: string;
  paid: Money;
  outstanding: Money;
  /** Whether what was paid covers the quote (the prepayment, when one is required). */
  prepaid: boolean;
  invoice: InvoiceView | null;
}

export interface AgingItem {
  caseNo: string;
  outstanding: Money;
  ageDays: number;
  bucket: AgingBucket;
  beyondSixMonths: boolean;
}

export interface AgingReport {
  asOf: string;
  /** Totals per bucket and currency (no sum across currencies). */
  buckets: { bucket: AgingBucket; label: Label; currency: string; count: number; outstanding: Money }[];
  items: AgingItem[];
  /** Receivables older than six months: RULES.md keeps aging within them. */
  flagged: string[];
}

export interface ManufacturerClaimView {
  id: string;
  caseNo: string;
  maker: string;
  serialNo: string;
  faultCode: string;
  period: string;
  amount: Money;
  duplicateOfCaseNo: string | null;
  createdAt: string;
}

export interface ManufacturerClaimsReport {
  makers: { maker: string; claims: ManufacturerClaimView[]; totals: Money[]; duplicates: number }[];
}

export interface OutletStatement {
  outletId: string;
  month: string;
  jobs: { caseNo: string; completedAt: string; listTotal: Money; customerTotal: Money; byPayer: { payer: Payer; amount: Money }[] }[];
  totals: Money[];
}

/** A case's quote request and its SLA: due by the deadline rule, missed when no quote came in time. */
export interface QuoteRequestView {
  caseNo: string;
  requestedAt: string;
  dueAt: string;
  deadlineRule: QuoteDeadlineRule;
  largeOrImportant: boolean;
  /** A quote has been issued for the case. */
  quoted: boolean;
  /** When the deadline passed with no quote (the quote SLA breached), once. */
  deadlineMissedAt: string | null;
}
