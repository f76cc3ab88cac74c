import { proxyLocalActivities } from '@temporalio/workflow';

/** What the worker-tuner spec's worker runs: one local activity, during which the workflow task stays open. */
export interface HeldTaskActivities {
  holdTheTask(ms: number): Promise<void>;
}

const { holdTheTask } = proxyLocalActivities<HeldTaskActivities>({ startToCloseTimeout: '1 minute' });

/** Holds one workflow task slot of its worker for `ms` (well under the task's 10 s timeout, so no task heartbeat). */
export async function heldTaskWorkflow(ms: number): Promise<void> {
  await holdTheTask(ms);
}
