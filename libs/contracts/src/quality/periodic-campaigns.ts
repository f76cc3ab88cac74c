import type { ProductCategory } from '../dispatch/dispatch.labels';
import type { CustomerTier, Label } from '../labels';

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
