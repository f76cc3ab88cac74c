import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import { rectificationCompletedSignal } from './messages';
import type { OutletActivities } from './outlet.activities';

/** Ids and the due time the survey's policy set; no names or free text. */
export interface OutletRectificationInput {
  surveyId: string;
  outletId: string;
  rectificationDueAt: string;
}

const { escalateRectification } = proxyActivities<OutletActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

/** `outlet-rectification-<surveyId>`: a rectification not reported done by its due time escalates, once. */
export async function outletRectificationWorkflow(input: OutletRectificationInput): Promise<{ escalated: boolean }> {
  let completed = false;
  setHandler(rectificationCompletedSignal, () => {
    completed = true;
  });
  const inTime = await condition(() => completed, Math.max(0, Date.parse(input.rectificationDueAt) - Date.now()));
  if (inTime) return { escalated: false };
  return escalateRectification({ surveyId: input.surveyId });
}
