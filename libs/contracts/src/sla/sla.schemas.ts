import { z } from 'zod';
import { bilingual } from '../bilingual';
import { CASE_PRIORITIES, ESCALATION_LEVELS, SLA_CLOCKS } from '../policies/case-policy.values';
import { PAUSE_REASONS } from './sla.values';

export * from './sla.values';

export const pauseSlaRequestSchema = z.strictObject({
  clock: z.enum(SLA_CLOCKS),
  reason: z.enum(PAUSE_REASONS),
});
export type PauseSlaRequest = z.infer<typeof pauseSlaRequestSchema>;

export const resumeSlaRequestSchema = z.strictObject({ clock: z.enum(SLA_CLOCKS) });
export type ResumeSlaRequest = z.infer<typeof resumeSlaRequestSchema>;

export const changePriorityRequestSchema = z.strictObject({ priority: z.enum(CASE_PRIORITIES) });
export type ChangePriorityRequest = z.infer<typeof changePriorityRequestSchema>;

export const acknowledgeEscalationRequestSchema = z.strictObject({
  clock: z.enum(SLA_CLOCKS),
  level: z.enum(ESCALATION_LEVELS),
  /** Staff id of the level's owner (not a name). */
  by: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, { error: bilingual('must be a staff id', '须为员工编号') }),
});
export type AcknowledgeEscalationRequest = z.infer<typeof acknowledgeEscalationRequestSchema>;
