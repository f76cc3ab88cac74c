import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CancelRecallRequest, RecallProgress } from '@aftersales/contracts';

export const recallProgressQuery = defineQuery<RecallProgress>('recallProgress');
/** Steps without arguments take an empty object, so that one update client serves every step. */
type NoArgs = [Record<string, never>];
export const pauseRecallUpdate = defineUpdate<RecallProgress, NoArgs>('pauseRecall');
export const resumeRecallUpdate = defineUpdate<RecallProgress, NoArgs>('resumeRecall');
/** With its reason, which quality keeps with the campaign (a cancel accepted before reasons were asked replays without one). */
export const cancelRecallUpdate = defineUpdate<RecallProgress, [CancelRecallRequest]>('cancelRecall');
export const changeRecallRateUpdate = defineUpdate<RecallProgress, [{ ratePerMinute: number }]>('changeRecallRate');

/** `recall-<campaignNo>`. */
export const recallWorkflowId = (campaignNo: string): string => `recall-${campaignNo}`;
