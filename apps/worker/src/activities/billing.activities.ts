import { BillingCommandSubjects } from '@aftersales/contracts';
import type { CommandClient } from '@aftersales/messaging';
import type { BillingActivities } from '@aftersales/workflows';
import { withActivityErrors } from './to-application-failure';

/** Thin, idempotent activities of the billing workflows: one NATS command each. */
export function createBillingActivities(commands: CommandClient): BillingActivities {
  return withActivityErrors<BillingActivities>({
    async remindPayment({ caseNo, reminderNo }) {
      const result = await commands.send(BillingCommandSubjects.remindPayment, { caseNo, reminderNo }, { correlationId: caseNo });
      return { reminded: result.reminded, outstandingMinor: result.outstanding.amountMinor };
    },
    async raiseRetentionClaim({ retentionId }) {
      const retention = await commands.send(BillingCommandSubjects.raiseRetentionClaim, { retentionId }, { correlationId: retentionId });
      return { claimRaisedAt: retention.claimRaisedAt };
    },
  });
}
