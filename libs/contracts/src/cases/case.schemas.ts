import { z } from 'zod';
import { bilingual } from '../bilingual';
import { CHANNELS, CUSTOMER_TIERS, SERVICE_TYPES, codesOf } from '../labels';
import { MAX_SLA_EVENTS_PER_RECORD } from '../sla/sla.values';

/** A phone number as people write it: 6 to 20 digits, spaces or dashes, optionally with a leading +. */
export const phoneSchema = z.string().regex(/^\+?[0-9][0-9 -]{5,19}$/, { error: bilingual('must be a phone number of 6 to 20 digits', '须为 6 至 20 位的电话号码') });

export const CASE_NO_PATTERN = /^CS-\d{8}-\d{6}$/;

/** Findings that void free service (RULES.md "Warranty and entitlement"); labels live with intake's rules. */
export const FREE_SERVICE_REFUSAL_CODES = ['human_damage', 'unauthorised_modification', 'foreign_matter', 'wrong_installation_or_use', 'tampered_labels', 'force_majeure'] as const;
export type FreeServiceRefusalCode = (typeof FREE_SERVICE_REFUSAL_CODES)[number];

/** What the customer and the delivery record say about a unit to return or exchange. */
export const returnExchangeFactsSchema = z.strictObject({
  manufacturingDefect: z.boolean(),
  unused: z.boolean(),
  usedPerManual: z.boolean(),
  failsToStart: z.boolean(),
  packagingComplete: z.boolean(),
  exteriorSoiled: z.boolean(),
  transportDamage: z.boolean(),
  transportDamageNotedAtDelivery: z.boolean(),
  matchesDescription: z.boolean(),
  humanDamage: z.boolean(),
  tamperedLabels: z.boolean(),
  forceMajeure: z.boolean(),
  validProofOfPurchase: z.boolean(),
  qualityDeptFoundNoDefect: z.boolean(),
  previousExchanges: z.number().int().min(0).max(20),
  failedAgainAfterExchange: z.boolean(),
});
export type ReturnExchangeFactsInput = z.infer<typeof returnExchangeFactsSchema>;
const isoDate = z.iso.date({ error: bilingual('must be a date as YYYY-MM-DD', '须为 YYYY-MM-DD 格式的日期') });

/** Body of `POST /api/v1/cases`, also the payload of the intake open-case command. */
export const openCaseRequestSchema = z
  .strictObject({
  serviceType: z.enum(codesOf(SERVICE_TYPES)),
  channel: z.enum(codesOf(CHANNELS)),
  customer: z.strictObject({
    name: z.string().trim().min(1).max(100),
    phone: phoneSchema,
    tier: z.enum(codesOf(CUSTOMER_TIERS)).optional(),
  }),
  address: z.strictObject({
    province: z.string().trim().min(1).max(50),
    city: z.string().trim().min(1).max(50),
    line: z.string().trim().min(1).max(200),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
  }),
  product: z.strictObject({
    model: z.string().trim().min(1).max(50),
    serialNo: z.string().trim().min(1).max(64),
    purchaseDate: isoDate,
    /** Day the goods were handed over; the return and exchange windows count from the day after. */
    deliveryDate: isoDate.optional(),
    /** Warranty registration (activates the warranty when within the policy window). */
    registeredOn: isoDate.nullable().optional(),
    odometerKm: z.number().int().min(0).max(10_000_000).optional(),
    /** Receipt or invoice number of the proof of purchase. */
    proofOfPurchase: z.string().trim().min(1).max(100).optional(),
  }),
  fault: z.strictObject({
    description: z.string().trim().min(1).max(2000),
  }),
  /** What intake already knows voids free service, e.g. the customer reports flood damage. */
  findings: z.array(z.enum(FREE_SERVICE_REFUSAL_CODES)).max(6).optional(),
  returnExchange: z.strictObject({ facts: returnExchangeFactsSchema }).optional(),
})
  .superRefine((request, ctx) => {
    const isReturnOrExchange = request.serviceType === 'return' || request.serviceType === 'exchange';
    if (isReturnOrExchange && !request.returnExchange) ctx.addIssue({ code: 'custom', path: ['returnExchange'], message: `is required for a ${request.serviceType}` });
    if (isReturnOrExchange && !request.product.deliveryDate) ctx.addIssue({ code: 'custom', path: ['product', 'deliveryDate'], message: `is required for a ${request.serviceType}` });
    if (!isReturnOrExchange && request.returnExchange) ctx.addIssue({ code: 'custom', path: ['returnExchange'], message: 'applies to returns and exchanges only' });
  });
export type OpenCaseRequest = z.infer<typeof openCaseRequestSchema>;

export const openCaseCommandSchema = z.strictObject({
  request: openCaseRequestSchema,
  idempotencyKey: z.string().min(1).max(200).optional(),
});
export type OpenCaseCommand = z.infer<typeof openCaseCommandSchema>;

export const caseNoSchema = z.string().regex(CASE_NO_PATTERN, { error: bilingual('must be a case number like CS-20261123-000001', '须为形如 CS-20261123-000001 的工单编号') });

export const caseRefSchema = z.strictObject({ caseNo: caseNoSchema });
export type CaseRef = z.infer<typeof caseRefSchema>;

export const cancelCaseRequestSchema = z.strictObject({
  reason: z.string().trim().min(1).max(500),
});
export type CancelCaseRequest = z.infer<typeof cancelCaseRequestSchema>;

export const cancelCaseCommandSchema = z.strictObject({
  caseNo: caseNoSchema,
  reason: z.string().trim().min(1).max(500),
});
export type CancelCaseCommand = z.infer<typeof cancelCaseCommandSchema>;

export const slaEventSchema = z.strictObject({
  caseNo: caseNoSchema,
  clock: z.enum(['acknowledge', 'onsite', 'resolution']),
  kind: z.enum(['warning', 'breached', 'escalated', 'de-escalated', 'paused', 'resumed', 'met', 'retargeted']),
  key: z.string().min(1).max(120),
  fraction: z.number().gt(0).lt(1).optional(),
  level: z.enum(['responsible', 'supervisor', 'service_manager', 'management']).optional(),
  reason: z.string().max(60).optional(),
  priority: z.enum(['normal', 'high', 'urgent']).optional(),
  dueAt: z.iso.datetime().nullable(),
  occurredAt: z.iso.datetime(),
  consumedMs: z.number().int().min(0),
  budgetMs: z.number().int().min(0),
});

export const recordSlaEventsCommandSchema = z
  .strictObject({
    caseNo: caseNoSchema,
    events: z.array(slaEventSchema).min(1).max(MAX_SLA_EVENTS_PER_RECORD),
  })
  .refine(({ caseNo, events }) => events.every((e) => e.caseNo === caseNo), {
    path: ['events'],
    error: bilingual('every entry must belong to the case named by caseNo', '每条记录须属于 caseNo 指定的工单'),
  })
  .refine(({ events }) => new Set(events.map((e) => e.key)).size === events.length, {
    path: ['events'],
    error: bilingual('each entry needs a key of its own', '每条记录的 key 须各不相同'),
  });
export type RecordSlaEventsCommand = z.infer<typeof recordSlaEventsCommandSchema>;
