import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { continueAsNew, proxyActivities, startChild } from '@temporalio/workflow';
import { campaignCategories, PERIODIC_CAMPAIGNS } from '@aftersales/contracts/values';
import type { CustomerTier, FollowUpPolicy, PeriodicCampaign } from '@aftersales/contracts';
import { contactOrder } from './contact-order';
import type { FollowUpActivities } from './followup.activities';
import { reachCustomer } from './reach-customer';

const { listCustomers, openPeriodicFollowUp, completePeriodicFollowUp } = proxyActivities<FollowUpActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

/** What a campaign's schedule starts: ids, codes and the policy only. */
export interface PeriodicCampaignInput {
  campaign: PeriodicCampaign;
  policy: FollowUpPolicy;
  /** The calendar's offset, so that the period is the local month of the run. */
  utcOffsetMinutes: number;
  pageSize: number;
  /** Set when the run continues as new: the period it started in and the last customer it reached. */
  period?: string;
  afterId?: string | null;
}

export interface PeriodicFollowUpInput {
  customerId: string;
  preferredChannel: string;
  campaign: PeriodicCampaign;
  period: string;
  policy: FollowUpPolicy;
}

/** Pages kept in one run's history before it continues as new (100k+ customers stay within limits). */
const PAGES_PER_RUN = 20;

/** `followup-<customerId>-<campaign>-<period>`: one customer's follow-up of one campaign run. */
export const periodicFollowUpWorkflowId = (input: Pick<PeriodicFollowUpInput, 'customerId' | 'campaign' | 'period'>): string =>
  `followup-${input.customerId}-${input.campaign}-${input.period}`;

/** A schedule's run: a follow-up for every customer the campaign covers, once per period. */
export async function periodicFollowUpCampaignWorkflow(input: PeriodicCampaignInput): Promise<{ period: string; started: number }> {
  const period = input.period ?? new Date(Date.now() + input.utcOffsetMinutes * 60_000).toISOString().slice(0, 7);
  const tiers = [...PERIODIC_CAMPAIGNS[input.campaign].tiers] as CustomerTier[];
  const categories = campaignCategories(input.campaign);
  let afterId = input.afterId ?? null;
  let started = 0;
  for (let page = 0; page < PAGES_PER_RUN; page++) {
    const { items, nextAfterId } = await listCustomers({ tiers, ...(categories ? { categories } : {}), limit: input.pageSize, afterId });
    for (const customer of items) {
      const child = { customerId: customer.customerId, preferredChannel: customer.preferredChannel, campaign: input.campaign, period, policy: input.policy };
      try {
        await startChild(periodicFollowUpWorkflow, { workflowId: periodicFollowUpWorkflowId(child), args: [child], parentClosePolicy: 'ABANDON', workflowIdReusePolicy: 'REJECT_DUPLICATE' });
        started += 1;
      } catch (error) {
        // Already followed up in this period (a re-run of the schedule): nothing more to do.
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
    }
    if (!nextAfterId) return { period, started };
    afterId = nextAfterId;
  }
  return continueAsNew<typeof periodicFollowUpCampaignWorkflow>({ ...input, period, afterId });
}

/** One customer's periodic follow-up: contact with the same fallback as after a case. */
export async function periodicFollowUpWorkflow(input: PeriodicFollowUpInput): Promise<{ outcome: 'reached' | 'unreachable' }> {
  const { customerId, campaign, period, policy } = input;
  await openPeriodicFollowUp({ customerId, campaign, period });
  const methodsTried: PeriodicFollowUpInput['policy']['methodOrder'] = [];
  const method = await reachCustomer({
    order: contactOrder(input.preferredChannel, policy.methodOrder),
    policy,
    tried: methodsTried,
    contact: (activities, delivery) => activities.contactCustomerById({ customerId, ...delivery, key: `${campaign}:${period}:${delivery.key}` }),
  });
  const outcome = method ? 'reached' : 'unreachable';
  await completePeriodicFollowUp({ customerId, campaign, period, outcome, method, methodsTried });
  return { outcome };
}
