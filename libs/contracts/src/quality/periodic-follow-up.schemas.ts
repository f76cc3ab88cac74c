import { z } from 'zod';
import { bilingual } from '../bilingual';
import type { ProductCategory } from '../dispatch/dispatch.labels';
import type { CustomerTier, Label } from '../labels';
import type { FollowUpMethod, FollowUpOutcome, FollowUpStatus } from './quality.labels';

/**
 * The periodic follow-ups (RULES.md "Follow-up"), each a Temporal Schedule: key customers every six
 * months, long-term customers yearly, the concentrated campaigns in early June and early December,
 * and the summer and winter inspection visits.
 */
export const PERIODIC_CAMPAIGNS = {
  key_customers: { en: 'Key customers, every six months', zh: '重要客户半年回访', tiers: ['key'], months: [1, 7] },
  long_term_customers: { en: 'Long-term customers, yearly', zh: '长期客户年度回访', tiers: ['long_term'], months: [1] },
  june_campaign: { en: 'Concentrated follow-up, early June', zh: '六月上旬集中回访', tiers: ['normal', 'long_term', 'key'], months: [6] },
  december_campaign: { en: 'Concentrated follow-up, early December', zh: '十二月上旬集中回访', tiers: ['normal', 'long_term', 'key'], months: [12] },
  // RULES.md: summer and winter inspection visits, for the owners of the categories that need them.
  summer_inspection: {
    en: 'Summer inspection visit (air conditioners, refrigerators)',
    zh: '夏季巡检回访（空调、冰箱）',
    tiers: ['normal', 'long_term', 'key'],
    months: [5],
    categories: ['air_conditioner', 'refrigerator'],
  },
  winter_inspection: {
    en: 'Winter inspection visit (air conditioners, vehicles)',
    zh: '冬季巡检回访（空调、车辆）',
    tiers: ['normal', 'long_term', 'key'],
    months: [11],
    categories: ['air_conditioner', 'vehicle'],
  },
} as const satisfies Record<string, Label & { tiers: readonly CustomerTier[]; months: readonly number[]; categories?: readonly ProductCategory[] }>;

/** The product categories a campaign is limited to (inspection visits), or null for every customer of its tiers. */
export function campaignCategories(campaign: PeriodicCampaign): ProductCategory[] | null {
  const definition = PERIODIC_CAMPAIGNS[campaign];
  return 'categories' in definition ? [...definition.categories] : null;
}
export type PeriodicCampaign = keyof typeof PERIODIC_CAMPAIGNS;
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
