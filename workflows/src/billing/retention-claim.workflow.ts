import { proxyActivities, sleep } from '@temporalio/workflow';
import type { BillingActivities } from './billing.activities';
import type { RetentionClaimInput } from './messages';

const { raiseRetentionClaim } = proxyActivities<BillingActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** Waits until the retention's claim is due (one policy lead time before the warranty ends), then raises it. */
export async function retentionClaimWorkflow(input: RetentionClaimInput): Promise<{ claimRaisedAt: string | null }> {
  const untilClaim = Date.parse(input.claimAt) - Date.now();
  if (untilClaim > 0) await sleep(untilClaim);
  return raiseRetentionClaim({ retentionId: input.retentionId });
}
