import { proxyActivities, setHandler, sleep } from '@temporalio/workflow';
import type { BillingActivities } from './billing.activities';
import { receivableStateQuery, type ReceivableInput, type ReceivableState } from './messages';

const { remindPayment } = proxyActivities<BillingActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

/**
 * One receivable paid after service (RULES.md: due 15 calendar days after completion): sleeps until it
 * falls due, then reminds the customer every `reminderEveryMs` until it is paid or the reminders run out.
 */
export async function receivableWorkflow(input: ReceivableInput): Promise<ReceivableState> {
  const state: ReceivableState = { remindersSent: 0, settled: false };
  setHandler(receivableStateQuery, () => state);
  const untilDue = Date.parse(input.dueAt) - Date.now();
  if (untilDue > 0) await sleep(untilDue);
  let outstandingMinor = -1;
  for (let reminderNo = 1; reminderNo <= input.maxReminders; reminderNo++) {
    const result = await remindPayment({ caseNo: input.caseNo, reminderNo });
    outstandingMinor = result.outstandingMinor;
    if (outstandingMinor === 0) break;
    if (result.reminded) state.remindersSent = reminderNo;
    if (reminderNo < input.maxReminders) await sleep(input.reminderEveryMs);
  }
  state.settled = outstandingMinor === 0;
  return state;
}
