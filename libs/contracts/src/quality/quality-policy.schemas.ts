import { z } from 'zod';
import { workingCalendarSchema } from '../policies/case-policy.schemas';
import { FOLLOW_UP_METHODS, type FollowUpMethod } from './quality.labels';

const duration = z.number().int().positive().max(366 * 24 * 3600_000);
const methods = Object.keys(FOLLOW_UP_METHODS) as [FollowUpMethod, ...FollowUpMethod[]];

/** Follow-up (回访) numbers of RULES.md: the workflow takes every one of them from here. */
export const followUpPolicySchema = z.strictObject({
  version: z.string().min(1).max(40),
  /** How long after closing the customer is contacted. */
  delayMs: duration,
  /** The fallback order after the customer's preferred method. */
  methodOrder: z.array(z.enum(methods)).min(1).max(3),
  /** Attempts per method, with exponential backoff between them. */
  attemptsPerMethod: z.number().int().min(1).max(20),
  retryInitialMs: duration,
  backoffCoefficient: z.number().min(1).max(10),
  /** How long a contacted customer has to answer the survey. */
  surveyWindowMs: duration,
  /** A score at or below this (1–5) opens a complaint. */
  complaintThreshold: z.number().int().min(1).max(5),
});
export type FollowUpPolicy = z.infer<typeof followUpPolicySchema>;

/** Complaint (投诉) numbers of RULES.md. */
export const complaintPolicySchema = z.strictObject({
  version: z.string().min(1).max(40),
  /** The reply time promised when the complaint is registered. */
  promisedReplyMs: duration,
  /** Respond within 24 h. */
  acknowledgeMs: duration,
  /** The responsible department verifies within this much working time (3 working days) on the calendar. */
  verifyWorkingMs: duration,
  calendar: workingCalendarSchema,
});
export type ComplaintPolicy = z.infer<typeof complaintPolicySchema>;

export const qualityPolicySchema = z.strictObject({ followUp: followUpPolicySchema, complaint: complaintPolicySchema });
export type QualityPolicy = z.infer<typeof qualityPolicySchema>;

const HOUR = 3600_000;
/** 08:30–17:30 Monday to Friday in Asia/Shanghai; holidays are configured per year. */
const CN_WORKDAYS = { id: 'CN', version: 'default', utcOffsetMinutes: 480, workdayStart: '08:30', workdayEnd: '17:30', weekendDays: [0, 6], holidays: [], makeUpWorkdays: [] };

/** The defaults of RULES.md; deployments override them with QUALITY_POLICY. */
export const DEFAULT_QUALITY_POLICY: QualityPolicy = {
  followUp: {
    version: 'default',
    delayMs: 24 * HOUR,
    methodOrder: ['phone', 'sms', 'online_survey'],
    attemptsPerMethod: 3,
    retryInitialMs: HOUR,
    backoffCoefficient: 2,
    surveyWindowMs: 7 * 24 * HOUR,
    complaintThreshold: 2,
  },
  complaint: {
    version: 'default',
    promisedReplyMs: 5 * 24 * HOUR,
    acknowledgeMs: 24 * HOUR,
    verifyWorkingMs: 3 * 9 * HOUR,
    calendar: CN_WORKDAYS,
  },
};

/** The quality policy from the QUALITY_POLICY setting (JSON, `{}` for the defaults); throws naming the field. */
export function qualityPolicyFrom(raw: string | undefined): QualityPolicy {
  const given = raw && raw.trim() ? (JSON.parse(raw) as Partial<QualityPolicy>) : {};
  const parsed = qualityPolicySchema.safeParse({
    followUp: { ...DEFAULT_QUALITY_POLICY.followUp, ...given.followUp },
    complaint: { ...DEFAULT_QUALITY_POLICY.complaint, ...given.complaint },
  });
  if (!parsed.success) throw new Error(`QUALITY_POLICY: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
