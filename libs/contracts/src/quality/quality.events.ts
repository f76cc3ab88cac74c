import type { RecallChangedV1, RecallUnitChangedV1, RecallUnitsNotifiedV1 } from './recall.schemas';
import type { SuggestionChangedV1 } from './suggestion.schemas';
// Event payloads of the quality context: ids, codes, scores and times. No names, phones or free text.
import type { SurveyScores } from './follow-up.schemas';
import type { ComplaintPolicy } from './quality-policy.schemas';
import type { ComplaintSource, ComplaintStatus, ComplaintStep, EscalationReason, FollowUpMethod, FollowUpOutcome } from './quality.labels';
import type { PeriodicFollowUpCompletedV1, PeriodicFollowUpOpenedV1 } from './periodic-follow-up.schemas';
import { QualityEventSubjects } from './quality.subjects';

export interface FollowUpOpenedV1 {
  followUpId: string;
  caseNo: string;
  customerId: string;
  openedAt: string;
}

export interface FollowUpCompletedV1 {
  followUpId: string;
  caseNo: string;
  customerId: string;
  outcome: FollowUpOutcome;
  method: FollowUpMethod | null;
  methodsTried: FollowUpMethod[];
  completedAt: string;
}

export interface FollowUpSurveyRecordedV1 {
  followUpId: string;
  caseNo: string;
  customerId: string;
  scores: SurveyScores;
  opensComplaint: boolean;
  recordedAt: string;
}

export interface ComplaintRegisteredV1 {
  complaintId: string;
  complaintNo: string;
  customerId: string;
  caseNo: string | null;
  source: ComplaintSource;
  registeredAt: string;
  promisedReplyAt: string;
  /** The complaint policy pinned at registration; the workflow times every step from it. */
  policy: ComplaintPolicy;
}

export interface ComplaintProgressedV1 {
  complaintNo: string;
  caseNo: string | null;
  step: ComplaintStep;
  status: ComplaintStatus;
  department: string | null;
  remedy: string | null;
  approved: boolean | null;
  satisfied: boolean | null;
  headRejections: number;
  at: string;
}

export interface ComplaintEscalatedV1 {
  complaintNo: string;
  caseNo: string | null;
  reason: EscalationReason;
  level: 'leadership';
  escalatedAt: string;
}

export interface ComplaintClosedV1 {
  complaintNo: string;
  caseNo: string | null;
  rootCause: string;
  satisfied: boolean | null;
  closedAt: string;
}

/** Payload of every quality event, by subject. */
export interface QualityEvents {
  [QualityEventSubjects.recallProposed]: RecallChangedV1;
  [QualityEventSubjects.recallApproved]: RecallChangedV1;
  [QualityEventSubjects.recallStatusChanged]: RecallChangedV1;
  [QualityEventSubjects.recallUnitNotified]: RecallUnitsNotifiedV1;
  [QualityEventSubjects.recallUnitResponded]: RecallUnitChangedV1;
  [QualityEventSubjects.suggestionRegistered]: SuggestionChangedV1;
  [QualityEventSubjects.suggestionEvaluated]: SuggestionChangedV1;
  [QualityEventSubjects.suggestionDecided]: SuggestionChangedV1;
  [QualityEventSubjects.suggestionReplied]: SuggestionChangedV1;
  [QualityEventSubjects.followUpOpened]: FollowUpOpenedV1;
  [QualityEventSubjects.followUpCompleted]: FollowUpCompletedV1;
  [QualityEventSubjects.surveyRecorded]: FollowUpSurveyRecordedV1;
  [QualityEventSubjects.complaintRegistered]: ComplaintRegisteredV1;
  [QualityEventSubjects.complaintProgressed]: ComplaintProgressedV1;
  [QualityEventSubjects.complaintEscalated]: ComplaintEscalatedV1;
  [QualityEventSubjects.complaintClosed]: ComplaintClosedV1;
  [QualityEventSubjects.periodicFollowUpOpened]: PeriodicFollowUpOpenedV1;
  [QualityEventSubjects.periodicFollowUpCompleted]: PeriodicFollowUpCompletedV1;
}
