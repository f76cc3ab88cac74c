import { z } from 'zod';
import { bilingual } from '../bilingual';

export * from './case-policy.values';

const localTime = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, { error: bilingual('must be a local time as HH:MM', '须为 HH:MM 格式的本地时间') });
const localDate = z.iso.date({ error: bilingual('must be a date as YYYY-MM-DD', '须为 YYYY-MM-DD 格式的日期') });
const duration = z.number().int().positive().max(366 * 24 * 3600_000);

/** A region's working calendar (RULES.md: holidays and make-up days are configuration, not code). */
export const workingCalendarSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
  version: z.string().min(1).max(40),
  utcOffsetMinutes: z.number().int().min(-720).max(840),
  workdayStart: localTime,
  workdayEnd: localTime,
  weekendDays: z.array(z.number().int().min(0).max(6)).max(7),
  holidays: z.array(localDate).max(400),
  makeUpWorkdays: z.array(localDate).max(400),
});
export type WorkingCalendarPolicy = z.infer<typeof workingCalendarSchema>;


const budgetsSchema = z.strictObject({
  acknowledgeMs: duration,
  onsiteMs: duration,
  resolutionWorkingDays: z.number().positive().max(60),
});

/**
 * The service-level policy a case pins when it opens. Every number of RULES.md lives here, versioned:
 * a new version applies to new cases and never changes a running one.
 */
export const casePolicySchema = z.strictObject({
  version: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/, { error: bilingual('must be 1 to 40 letters, digits, dots, dashes or underscores', '须为 1 至 40 位字母、数字、点、连字符或下划线') }),
  budgets: z.strictObject({ normal: budgetsSchema, high: budgetsSchema, urgent: budgetsSchema }),
  /** Beyond this distance the on-site budget is `onsiteBeyondRadiusMs` (RULES.md: 100 km, 24–72 h). */
  onsiteRadiusKm: z.number().positive().max(5000),
  onsiteBeyondRadiusMs: duration,
  /**
   * RULES.md's variant: the on-site budget follows the province instead of the distance (in-province
   * 8 h, out-of-province 24 h). Absent means `distance`.
   */
  onsiteBasis: z.enum(['distance', 'province']).optional(),
  onsiteInProvinceMs: duration.optional(),
  onsiteOutOfProvinceMs: duration.optional(),
  warnAtFractions: z.array(z.number().gt(0).lt(1)).max(5),
  /** A breach escalates at once to the first level, then one level further after each step. */
  escalationStepMs: duration,
  /** Whether waiting for parts pauses the resolution clock. */
  pauseResolutionForParts: z.boolean(),
  calendar: workingCalendarSchema,
}).superRefine((policy, ctx) => {
  if (policy.onsiteBasis !== 'province') return;
  for (const field of ['onsiteInProvinceMs', 'onsiteOutOfProvinceMs'] as const) {
    if (policy[field] === undefined) {
      ctx.addIssue({ code: 'custom', path: [field], message: bilingual('is required when onsiteBasis is province', 'onsiteBasis 为 province 时必填') });
    }
  }
});
export type CasePolicy = z.infer<typeof casePolicySchema>;
