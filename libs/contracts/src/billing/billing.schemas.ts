import { z } from 'zod';
import { bilingual } from '../bilingual';
import { caseNoSchema } from '../cases/case.schemas';
import { codesOf } from '../labels';
import { workingCalendarSchema } from '../policies/case-policy.schemas';
import { COMPENSATION_REASONS, DIFFICULTY_LEVELS, PAYER_REASONS, REFUND_REASONS, REJECTION_REASONS } from './billing.labels';
import { currencySchema, positiveMoneySchema } from './money';

const instant = z.iso.datetime({ offset: true, error: bilingual('must be an ISO 8601 date-time with a UTC offset', '须为带时区偏移的 ISO 8601 时间') });
const localDate = z.iso.date({ error: bilingual('must be a date as YYYY-MM-DD', '须为 YYYY-MM-DD 格式的日期') });
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: bilingual('must be a local time as HH:MM', '须为 HH:MM 格式的本地时间') });
const duration = z.number().int().positive().max(400 * 24 * 3600_000);
const code = (what: string) => z.string().regex(/^[A-Za-z0-9._-]{1,50}$/, { error: bilingual(`must be a ${what} of 1 to 50 letters, digits or . _ -`, `${what} 须为 1 至 50 位字母、数字或 . _ -`) });
const minorPrice = z
  .number({ error: bilingual('must be an integer amount in minor units', '须为以最小货币单位表示的整数金额') })
  .int({ error: bilingual('must be an integer amount in minor units (no decimals)', '须为整数金额（不含小数）') })
  .min(0, { error: bilingual('must not be negative', '不得为负数') })
  .max(1_000_000_000_00);
const reference = z.string().regex(/^[A-Za-z0-9._:-]{1,64}$/, { error: bilingual('must be 1 to 64 letters, digits or . _ : -', '须为 1 至 64 位字母、数字或 . _ : -') });
const freeText = (max: number) => z.string().trim().min(1).max(max);

export const partNoSchema = code('part number');
export const payerReasonSchema = z.enum(codesOf(PAYER_REASONS));

/**
 * A version of the price list (价目表) with the billing policy that goes with it. Every number of the
 * billing rules lives here; a new version applies to new quotes and never changes an issued one.
 */
export const priceListSchema = z.strictObject({
  version: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/, { error: bilingual('must be 1 to 40 letters, digits, dots, dashes or underscores', '须为 1 至 40 位字母、数字、点、连字符或下划线') }),
  currency: currencySchema,
  /** Labour rate per hour by difficulty, in minor units. */
  labourRatePerHour: z.strictObject({ basic: minorPrice, standard: minorPrice, complex: minorPrice, expert: minorPrice }),
  parts: z
    .array(z.strictObject({ partNo: partNoSchema, price: minorPrice }))
    .max(5000)
    .refine((parts) => new Set(parts.map((p) => p.partNo)).size === parts.length, { error: bilingual('must not list a part number twice', '配件编号不得重复') }),
  /** Travel fee by distance band: the first band whose `upToKm` covers the distance. */
  travelBands: z
    .array(z.strictObject({ upToKm: z.number().int().positive().max(10_000), fee: minorPrice }))
    .min(1)
    .max(20)
    .refine((bands) => bands.every((b, i) => i === 0 || b.upToKm > bands[i - 1].upToKm), { error: bilingual('must be in increasing order of upToKm', '须按 upToKm 递增排列') }),
  quoteDeadlines: z.strictObject({
    sameDayBefore: localTime,
    nextDayBefore: localTime,
    nextDayDueAt: localTime,
    largeOrImportantMs: duration,
  }),
  paymentTerms: z.strictObject({
    /** RULES.md: due 15 calendar days after completion. */
    dueAfterCompletionMs: duration,
    reminderEveryMs: duration,
    maxReminders: z.number().int().min(0).max(20),
  }),
  /** RULES.md: the retention (质保金) is claimed one month before the warranty ends. */
  retention: z.strictObject({ claimLeadMs: duration }),
  calendar: workingCalendarSchema,
});
export type PriceList = z.infer<typeof priceListSchema>;

export const quotePartSchema = z.strictObject({
  partNo: partNoSchema,
  qty: z.number().int().min(1).max(999),
  payerReason: payerReasonSchema.default('out_of_warranty'),
});

/** Create a quote for a case (报价). Idempotent per case: a case has one open quote. */
export const createQuoteCommandSchema = z.strictObject({
  caseNo: caseNoSchema,
  /** When the customer's request was received; the quote deadline counts from it. */
  requestedAt: instant,
  largeOrImportant: z.boolean().default(false),
  difficulty: z.enum(codesOf(DIFFICULTY_LEVELS)),
  /** Labour time in whole minutes (no fractional hours). */
  labourMinutes: z.number().int().min(0).max(100_000),
  labourPayerReason: payerReasonSchema.default('out_of_warranty'),
  parts: z.array(quotePartSchema).max(100).default([]),
  distanceKm: z.number().min(0).max(10_000),
  travelPayerReason: payerReasonSchema.default('out_of_warranty'),
});
export type CreateQuoteCommand = z.infer<typeof createQuoteCommandSchema>;
export type CreateQuoteInput = z.input<typeof createQuoteCommandSchema>;

export const billingCaseRefSchema = z.strictObject({ caseNo: caseNoSchema });
export type BillingCaseRef = z.infer<typeof billingCaseRefSchema>;

export const rejectQuoteRequestSchema = z.strictObject({ reason: z.enum(codesOf(REJECTION_REASONS)), note: freeText(500).optional() });
export type RejectQuoteRequest = z.infer<typeof rejectQuoteRequestSchema>;
export const rejectQuoteCommandSchema = rejectQuoteRequestSchema.extend({ caseNo: caseNoSchema });
export type RejectQuoteCommand = z.infer<typeof rejectQuoteCommandSchema>;

/** Pay before service by default; urgent work may go first and is paid after service. */
export const requirePrepaymentRequestSchema = z.strictObject({ urgent: z.boolean().default(false) });
export type RequirePrepaymentRequest = z.infer<typeof requirePrepaymentRequestSchema>;
export const requirePrepaymentCommandSchema = requirePrepaymentRequestSchema.extend({ caseNo: caseNoSchema });
export type RequirePrepaymentCommand = z.infer<typeof requirePrepaymentCommandSchema>;
export type RequirePrepaymentInput = z.input<typeof requirePrepaymentCommandSchema>;

export const issueInvoiceCommandSchema = z.strictObject({
  caseNo: caseNoSchema,
  /** When the service was completed; an after-service payment falls due from it. */
  completedAt: instant,
  outletId: code('outlet id'),
  /** Work done by an outsourced outlet appears on its monthly settlement statement. */
  outsourced: z.boolean().default(false),
  unit: z.strictObject({ serialNo: code('serial number'), maker: code('maker code'), faultCode: code('fault code') }),
  /** Part of the price held until the warranty ends (质保金). */
  retention: z.strictObject({ amount: positiveMoneySchema, warrantyEndsAt: instant }).optional(),
});
export type IssueInvoiceCommand = z.infer<typeof issueInvoiceCommandSchema>;
export type IssueInvoiceRequest = z.input<typeof issueInvoiceCommandSchema>;

export const signSettlementRequestSchema = z.strictObject({ signedBy: freeText(100) });
export type SignSettlementRequest = z.infer<typeof signSettlementRequestSchema>;
export const signSettlementCommandSchema = signSettlementRequestSchema.extend({ caseNo: caseNoSchema });
export type SignSettlementCommand = z.infer<typeof signSettlementCommandSchema>;

/** A payment; `reference` (the payment slip or transaction id) makes it idempotent per case. */
export const recordPaymentRequestSchema = z.strictObject({ reference, amount: positiveMoneySchema });
export type RecordPaymentRequest = z.infer<typeof recordPaymentRequestSchema>;
export const recordPaymentCommandSchema = recordPaymentRequestSchema.extend({ caseNo: caseNoSchema });
export type RecordPaymentCommand = z.infer<typeof recordPaymentCommandSchema>;

export const issueRefundRequestSchema = z.strictObject({ reference, amount: positiveMoneySchema, reason: z.enum(codesOf(REFUND_REASONS)) });
export type IssueRefundRequest = z.infer<typeof issueRefundRequestSchema>;
export const issueRefundCommandSchema = issueRefundRequestSchema.extend({ caseNo: caseNoSchema });
export type IssueRefundCommand = z.infer<typeof issueRefundCommandSchema>;

export const recordCompensationRequestSchema = z.strictObject({ reference, amount: positiveMoneySchema, reason: z.enum(codesOf(COMPENSATION_REASONS)) });
export type RecordCompensationRequest = z.infer<typeof recordCompensationRequestSchema>;
export const recordCompensationCommandSchema = recordCompensationRequestSchema.extend({ caseNo: caseNoSchema });
export type RecordCompensationCommand = z.infer<typeof recordCompensationCommandSchema>;

export const remindPaymentCommandSchema = z.strictObject({ caseNo: caseNoSchema, reminderNo: z.number().int().min(1).max(100) });
export type RemindPaymentCommand = z.infer<typeof remindPaymentCommandSchema>;

export const retentionRefSchema = z.strictObject({ retentionId: z.uuid() });
export type RetentionRef = z.infer<typeof retentionRefSchema>;

export const agingQuerySchema = z.strictObject({ asOf: localDate.optional() });
export type AgingQuery = z.infer<typeof agingQuerySchema>;

export const manufacturerClaimsQuerySchema = z.strictObject({ maker: code('maker code').optional() });
export type ManufacturerClaimsQuery = z.infer<typeof manufacturerClaimsQuerySchema>;

export const outletStatementQuerySchema = z.strictObject({
  outletId: code('outlet id'),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: bilingual('must be a month as YYYY-MM', '须为 YYYY-MM 格式的月份') }),
});
export type OutletStatementQuery = z.infer<typeof outletStatementQuerySchema>;

/**
 * A paid case needs a quote (报价): registered when the case is ready for one, so the quote SLA runs
 * from the request, not from whenever a quote is issued. Idempotent per case.
 */
export const requestQuoteCommandSchema = z.strictObject({
  caseNo: caseNoSchema,
  requestedAt: instant,
  /** Large or important requests (key customers, urgent cases) are quoted within the 48 h rule. */
  largeOrImportant: z.boolean().default(false),
});
export type RequestQuoteCommand = z.infer<typeof requestQuoteCommandSchema>;
export type RequestQuoteInput = z.input<typeof requestQuoteCommandSchema>;
