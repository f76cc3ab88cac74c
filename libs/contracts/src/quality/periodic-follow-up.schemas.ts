import { z } from 'zod';
import { bilingual } from '../bilingual';
import { PERIODIC_CAMPAIGNS, type PeriodicCampaign } from './periodic-campaigns';
import type { FollowUpMethod, FollowUpOutcome, FollowUpStatus } from './quality.labels';

export * from './periodic-campaigns';

export const periodicCampaignSchema = z.enum(Object.keys(PERIODIC_CAMPAIGNS) as [PeriodicCampaign, ...PeriodicCampaign[]], {
  error: bilingual(`must be one of ${Object.keys(PERIODIC_CAMPAIGNS).join(', ')}`, `须为 ${Object.keys(PERIODIC_CAMPAIGNS).join('、')} 之一`),
});

/** The schedule's id in the Temporal UI, where it can be paused. */
export const periodicScheduleId = (campaign: PeriodicCampaign): string => `periodic-followup-${campaign}`;

const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: bilingual('must be a month as YYYY-MM', '须为 YYYY-MM 格式的月份') });

export const periodicFollowUpRefSchema = z.strictObject({ customerId: z.uuid(), campaign: periodicCampaignSchema, period });
export type PeriodicFollowUpRef = z.infer<typeof periodicFollowUpRefSchema>;

export const completePeriodicFollowUpCommandSchema = periodicFollowUpRefSchema.extend({
  outcome: z.enum(['reached', 'unreachable', 'declined']),
  method: z.enum(['phone', 'sms', 'online_survey']).nullable(),
  methodsTried: z.array(z.enum(['phone', 'sms', 'online_survey'])).max(3),
});
export type CompletePeriodicFollowUpCommand = z.infer<typeof completePeriodicFollowUpCommandSchema>;

export const periodicFollowUpsQuerySchema = z.strictObject({ campaign: periodicCampaignSchema, period });
export type PeriodicFollowUpsQuery = z.infer<typeof periodicFollowUpsQuerySchema>;

export interface PeriodicFollowUpView {
  id: string;
  customerId: string;
  campaign: PeriodicCampaign;
  period: string;
  status: FollowUpStatus;
  outcome: FollowUpOutcome | null;
  method: FollowUpMethod | null;
  methodsTried: FollowUpMethod[];
  openedAt: string;
  completedAt: string | null;
}

export interface PeriodicFollowUpOpenedV1 {
  periodicFollowUpId: string;
  customerId: string;
  campaign: PeriodicCampaign;
  period: string;
  openedAt: string;
}

export interface PeriodicFollowUpCompletedV1 extends PeriodicFollowUpOpenedV1 {
  outcome: FollowUpOutcome;
  method: FollowUpMethod | null;
  completedAt: string;
}
