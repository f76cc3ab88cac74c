import { ActivityFailure, log, proxyActivities } from '@temporalio/workflow';
import type { FollowUpMethod, FollowUpPolicy, NotificationChannel, NotificationTemplate } from '@aftersales/contracts';
import { METHOD_DELIVERY } from './contact-order';
import type { FollowUpActivities } from './followup.activities';

export interface Delivery {
  channel: NotificationChannel;
  template: NotificationTemplate;
  key: string;
}

/**
 * Tries each method in order with the policy's retries and backoff; the first delivered one reached the
 * customer, null when none did. Every method tried is appended to `tried`.
 */
export async function reachCustomer(input: {
  order: FollowUpMethod[];
  policy: FollowUpPolicy;
  tried: FollowUpMethod[];
  contact: (activities: FollowUpActivities, delivery: Delivery) => Promise<{ delivered: boolean }>;
}): Promise<FollowUpMethod | null> {
  const { policy } = input;
  const activities = proxyActivities<FollowUpActivities>({
    startToCloseTimeout: '30 seconds',
    retry: { initialInterval: policy.retryInitialMs, backoffCoefficient: policy.backoffCoefficient, maximumAttempts: policy.attemptsPerMethod },
  });
  for (const method of input.order) {
    input.tried.push(method);
    try {
      const { delivered } = await input.contact(activities, { ...METHOD_DELIVERY[method], key: `followup:${method}` });
      if (delivered) return method;
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      log.info('follow-up method failed; falling back', { method });
    }
  }
  return null;
}
