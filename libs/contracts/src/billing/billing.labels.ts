// Billing codes with the labels people read, in Chinese and English.
import type { Label } from '../labels';

export const DIFFICULTY_LEVELS = {
  basic: { en: 'Basic', zh: '简单' },
  standard: { en: 'Standard', zh: '一般' },
  complex: { en: 'Complex', zh: '复杂' },
  expert: { en: 'Expert', zh: '疑难' },
} as const satisfies Record<string, Label>;

export const QUOTE_STATUSES = {
  issued: { en: 'Issued, awaiting the customer', zh: '已报价，待客户确认' },
  accepted: { en: 'Accepted by the customer', zh: '客户已接受' },
  rejected: { en: 'Rejected by the customer', zh: '客户已拒绝' },
} as const satisfies Record<string, Label>;

export const QUOTE_TIMELINESS = {
  on_time: { en: 'Quoted on time', zh: '按时报价' },
  late: { en: 'Quoted late', zh: '报价超时' },
} as const satisfies Record<string, Label>;

/** Which deadline rule of RULES.md applied to a quote. */
export const QUOTE_DEADLINE_RULES = {
  same_day: { en: 'Received before noon: quote the same working day', zh: '12:00 前受理：当日报价' },
  next_day_noon: { en: 'Received before 17:00: quote by noon of the next working day', zh: '17:00 前受理：次一工作日 12:00 前报价' },
  within_48h: { en: 'Large, important or late request: quote within 48 hours', zh: '大型、重要或晚间请求：48 小时内报价' },
} as const satisfies Record<string, Label>;

export const REJECTION_REASONS = {
  too_expensive: { en: 'Too expensive', zh: '价格过高' },
  repair_elsewhere: { en: 'Will repair elsewhere', zh: '另行维修' },
  replace_unit: { en: 'Will replace the unit', zh: '更换新机' },
  no_longer_needed: { en: 'No longer needed', zh: '不再需要' },
  other: { en: 'Other', zh: '其他' },
} as const satisfies Record<string, Label>;

export const PAYMENT_TERMS = {
  before_service: { en: 'Pay before service', zh: '先付款后服务' },
  after_service: { en: 'Pay after service', zh: '先服务后付款' },
} as const satisfies Record<string, Label>;

export const INVOICE_STATUSES = {
  issued: { en: 'Issued, unpaid', zh: '已开具，未付款' },
  partially_paid: { en: 'Partially paid', zh: '部分付款' },
  paid: { en: 'Paid', zh: '已结清' },
  refunded: { en: 'Refunded', zh: '已退款' },
} as const satisfies Record<string, Label>;

export const LINE_KINDS = {
  labour: { en: 'Labour', zh: '工时费' },
  part: { en: 'Part', zh: '配件费' },
  travel: { en: 'Travel', zh: '交通费' },
} as const satisfies Record<string, Label>;

/** Who pays a line (费用承担方). */
export const PAYERS = {
  customer: { en: 'Customer', zh: '客户' },
  manufacturer: { en: 'Manufacturer (claimed back)', zh: '厂家（索赔）' },
  outlet: { en: 'Outlet (its own fault)', zh: '网点（自身责任）' },
  goodwill: { en: 'Goodwill', zh: '善意免费' },
} as const satisfies Record<string, Label>;

/** Why a payer pays: shown on every invoice line. */
export const PAYER_REASONS = {
  out_of_warranty: { en: 'Out of warranty: paid service', zh: '保修期外，有偿服务', payer: 'customer' },
  in_warranty: { en: 'In warranty: free to the customer, claimed from the maker', zh: '保修期内，客户免费，向厂家索赔', payer: 'manufacturer' },
  recall: { en: 'Recall remedy: borne by the maker', zh: '召回处理，由厂家承担', payer: 'manufacturer' },
  outlet_fault: { en: "The outlet's own fault (rework, damage)", zh: '网点自身责任（返修、损坏）', payer: 'outlet' },
  goodwill: { en: 'Goodwill gesture', zh: '善意免费服务', payer: 'goodwill' },
} as const satisfies Record<string, Label & { payer: keyof typeof PAYERS }>;

export const REFUND_REASONS = {
  return: { en: 'Return of the unit', zh: '退货退款' },
  overcharge: { en: 'Overcharge corrected', zh: '多收费用退回' },
  service_not_done: { en: 'Service not performed', zh: '服务未完成' },
} as const satisfies Record<string, Label>;

export const COMPENSATION_REASONS = {
  damage: { en: 'Damage caused during service', zh: '服务造成损坏' },
  delay: { en: 'Service delay', zh: '服务延误' },
  repeat_failure: { en: 'Repeat failure after repair', zh: '修后重复故障' },
} as const satisfies Record<string, Label>;

export const AGING_BUCKETS = {
  d0_30: { en: '0–30 days', zh: '0–30 天' },
  d31_60: { en: '31–60 days', zh: '31–60 天' },
  d61_90: { en: '61–90 days', zh: '61–90 天' },
  d91_180: { en: '91–180 days', zh: '91–180 天' },
  over_180: { en: 'Over 180 days (beyond 6 months)', zh: '180 天以上（超过 6 个月）' },
} as const satisfies Record<string, Label>;

export type DifficultyLevel = keyof typeof DIFFICULTY_LEVELS;
export type QuoteStatus = keyof typeof QUOTE_STATUSES;
export type QuoteTimeliness = keyof typeof QUOTE_TIMELINESS;
export type QuoteDeadlineRule = keyof typeof QUOTE_DEADLINE_RULES;
export type RejectionReason = keyof typeof REJECTION_REASONS;
export type PaymentTerm = keyof typeof PAYMENT_TERMS;
export type InvoiceStatus = keyof typeof INVOICE_STATUSES;
export type LineKind = keyof typeof LINE_KINDS;
export type Payer = keyof typeof PAYERS;
export type PayerReason = keyof typeof PAYER_REASONS;
export type RefundReason = keyof typeof REFUND_REASONS;
export type CompensationReason = keyof typeof COMPENSATION_REASONS;
export type AgingBucket = keyof typeof AGING_BUCKETS;

/** Every billing label set, for `GET /api/v1/labels`. */
export const BILLING_LABEL_SETS = {
  difficultyLevels: DIFFICULTY_LEVELS,
  quoteStatuses: QUOTE_STATUSES,
  quoteTimeliness: QUOTE_TIMELINESS,
  quoteDeadlineRules: QUOTE_DEADLINE_RULES,
  quoteRejectionReasons: REJECTION_REASONS,
  paymentTerms: PAYMENT_TERMS,
  invoiceStatuses: INVOICE_STATUSES,
  lineKinds: LINE_KINDS,
  payers: PAYERS,
  payerReasons: PAYER_REASONS,
  refundReasons: REFUND_REASONS,
  compensationReasons: COMPENSATION_REASONS,
  agingBuckets: AGING_BUCKETS,
} as const satisfies Record<string, Record<string, Label>>;
