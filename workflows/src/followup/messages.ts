import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { FollowUpMethod, FollowUpOutcome, SurveyRequest } from '@aftersales/contracts';

export interface FollowUpWorkflowState {
  caseNo: string;
  phase: 'waiting' | 'contacting' | 'awaiting_survey' | 'completed';
  methodsTried: FollowUpMethod[];
  reachedBy: FollowUpMethod | null;
  outcome: FollowUpOutcome | null;
  surveyed: boolean;
  complaintNo: string | null;
  policyVersion: string;
}

/** The customer's answers (scores only); refused unless the customer was reached and has not answered. */
export const submitSurveyUpdate = defineUpdate<FollowUpWorkflowState, [SurveyRequest]>('submitSurvey');
export const declineFollowUpSignal = defineSignal('declineFollowUp');
export const followUpStateQuery = defineQuery<FollowUpWorkflowState>('followUpState');
