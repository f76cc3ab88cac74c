import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { RecallProgress } from '@aftersales/contracts';

export const recallProgressQuery = defineQuery<RecallProgress>('recallProgress');
/** Steps without arguments take an empty object, so that one update client serves every step. */
type NoArgs = [Record<string, never>];
export const pauseRecallUpdate = defineUpdate<RecallProgress, NoArgs>('pauseRecall');
export const resumeRecallUpdate = defineUpdate<RecallProgress, NoArgs>('resumeRecall');
export const cancelRecallUpdate = defineUpdate<RecallProgress, NoArgs>('cancelRecall');
export const changeRecallRateUpdate = defineUpdate<RecallProgress, [{ ratePerMinute: number }]>('changeRecallRate');

/** `recall-<campaignNo>`. */
export const recallWorkflowId = (campaignNo: string): string => `recall-${campaignNo}`;
