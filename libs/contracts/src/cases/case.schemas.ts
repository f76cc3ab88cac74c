import { z } from 'zod';
import { CHANNELS, CUSTOMER_TIERS, SERVICE_TYPES, codesOf } from '../labels';

export const CASE_NO_PATTERN = /^CS-\d{8}-\d{6}$/;
const isoDate = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });

/** Body of `POST /api/v1/cases`, also the payload of the intake open-case command. */
export const openCaseRequestSchema = z.strictObject({
  serviceType: z.enum(codesOf(SERVICE_TYPES)),
  channel: z.enum(codesOf(CHANNELS)),
  customer: z.strictObject({
    name: z.string().trim().min(1).max(100),
    phone: z.string().regex(/^\+?[0-9][0-9 -]{5,19}$/, { error: 'must be a phone number of 6 to 20 digits' }),
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
  }),
  fault: z.strictObject({
    description: z.string().trim().min(1).max(2000),
  }),
});
export type OpenCaseRequest = z.infer<typeof openCaseRequestSchema>;

export const openCaseCommandSchema = z.strictObject({
  request: openCaseRequestSchema,
  idempotencyKey: z.string().min(1).max(200).optional(),
});
export type OpenCaseCommand = z.infer<typeof openCaseCommandSchema>;

export const caseNoSchema = z.string().regex(CASE_NO_PATTERN, { error: 'must be a case number like CS-20261123-000001' });

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
