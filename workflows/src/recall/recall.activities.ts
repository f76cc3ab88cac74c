import type { NotifyRecallBatchCommand, NotifyRecallBatchResult, RecallPacing, RecallReason, RecallStatus, RecallUnitCounts, RecordRecallStatusCommand } from '@aftersales/contracts';

/** What the workflow needs of its campaign: times, pacing and status. The criteria stay in quality. */
export interface RecallPlan {
  reason: RecallReason;
  status: RecallStatus;
  startAt: string;
  deadline: string;
  pacing: RecallPacing;
}

/** Activities of `recall-<campaignNo>`: each handles a batch; inputs and results are ids, cursors and counts. */
export interface RecallActivities {
  loadRecallPlan(ref: { campaignNo: string }): Promise<RecallPlan>;
  /** Reads one page of matching units from intake and registers them in quality; returns the cursor only. */
  identifyRecallPage(input: { campaignNo: string; afterUnitId: string | null; limit: number }): Promise<{ identified: number; nextAfterUnitId: string | null }>;
  notifyRecallBatch(command: NotifyRecallBatchCommand): Promise<NotifyRecallBatchResult & { counts: RecallUnitCounts }>;
  recallCounts(ref: { campaignNo: string }): Promise<RecallUnitCounts>;
  recordRecallStatus(command: RecordRecallStatusCommand): Promise<void>;
}
