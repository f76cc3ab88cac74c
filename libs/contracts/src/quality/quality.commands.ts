import type {
  ApproveRecallCommand,
  CreateRecallRequest,
  DeclineRecallCommand,
  IdentifyRecallUnitsCommand,
  NotifyRecallBatchCommand,
  NotifyRecallBatchResult,
  RecallRef,
  RecallReport,
  RecallUnitCounts,
  RecallUnitState,
  RecallView,
  RecordRecallStatusCommand,
  ScheduleRecallRemedyCommand,
} from './recall.schemas';
import type { DecideSuggestionCommand, EvaluateSuggestionCommand, RegisterSuggestionRequest, ReplySuggestionCommand, SuggestionRef, SuggestionView } from './suggestion.schemas';
import type { CustomerRef } from '../customers/customer.schemas';
import type { ComplaintRef, ComplaintView, EscalateComplaintCommand, RecordComplaintStepCommand, RegisterComplaintCommand } from './complaint.schemas';
import type { CompleteFollowUpCommand, FollowUpRef, FollowUpView, OpenFollowUpCommand, RecordFollowUpSurveyCommand } from './follow-up.schemas';
import type { CompletePeriodicFollowUpCommand, PeriodicFollowUpRef, PeriodicFollowUpsQuery, PeriodicFollowUpView } from './periodic-follow-up.schemas';
import type { ScorecardOutletRef, OutletScorecard, QualityFiguresQuery, QualityFiguresView, ServiceDefectDisclosure } from './quality-figures.schemas';
import { QualityCommandSubjects as S, QualityFigureCommandSubjects as F } from './quality.subjects';

/** The complaints and follow-ups of a customer, for the customer file. */
export interface CustomerQualityRecords {
  complaints: ComplaintView[];
  followUps: FollowUpView[];
}

/** Request and reply of every quality command, by subject. */
export interface QualityCommands {
  [S.createRecall]: { request: CreateRecallRequest; reply: RecallView };
  [S.approveRecall]: { request: ApproveRecallCommand; reply: RecallView };
  [S.getRecall]: { request: RecallRef; reply: RecallView };
  [S.recordRecallStatus]: { request: RecordRecallStatusCommand; reply: RecallView };
  /** Idempotent: a unit already identified in the campaign is not counted again. */
  [S.identifyRecallUnits]: { request: IdentifyRecallUnitsCommand; reply: { identified: number } };
  [S.notifyRecallBatch]: { request: NotifyRecallBatchCommand; reply: NotifyRecallBatchResult };
  [S.recallCounts]: { request: RecallRef; reply: RecallUnitCounts };
  [S.recallReport]: { request: RecallRef; reply: RecallReport };
  [S.scheduleRecallRemedy]: { request: ScheduleRecallRemedyCommand; reply: { unitId: string; state: RecallUnitState; caseNo: string | null } };
  [S.declineRecall]: { request: DeclineRecallCommand; reply: { unitId: string; state: RecallUnitState; caseNo: string | null } };
  [S.registerSuggestion]: { request: RegisterSuggestionRequest; reply: SuggestionView };
  [S.evaluateSuggestion]: { request: EvaluateSuggestionCommand; reply: SuggestionView };
  [S.decideSuggestion]: { request: DecideSuggestionCommand; reply: SuggestionView };
  [S.replySuggestion]: { request: ReplySuggestionCommand; reply: SuggestionView };
  [S.getSuggestion]: { request: SuggestionRef; reply: SuggestionView };
  /** Idempotent: a case has one follow-up. */
  [S.openFollowUp]: { request: OpenFollowUpCommand; reply: FollowUpView };
  [S.completeFollowUp]: { request: CompleteFollowUpCommand; reply: FollowUpView };
  /** Stores the survey; opens the linked complaint when asked (once). */
  [S.recordSurvey]: { request: RecordFollowUpSurveyCommand; reply: FollowUpView };
  [S.getFollowUp]: { request: FollowUpRef; reply: FollowUpView };
  [S.registerComplaint]: { request: RegisterComplaintCommand; reply: ComplaintView };
  [S.recordComplaintStep]: { request: RecordComplaintStepCommand; reply: ComplaintView };
  /** Once per reason: a second call returns the complaint unchanged. */
  [S.escalateComplaint]: { request: EscalateComplaintCommand; reply: ComplaintView };
  [S.getComplaint]: { request: ComplaintRef; reply: ComplaintView };
  [S.customerRecords]: { request: CustomerRef; reply: CustomerQualityRecords };
  /** Idempotent: one per customer, campaign and period. */
  [S.openPeriodicFollowUp]: { request: PeriodicFollowUpRef; reply: PeriodicFollowUpView };
  [S.completePeriodicFollowUp]: { request: CompletePeriodicFollowUpCommand; reply: PeriodicFollowUpView };
  [S.listPeriodicFollowUps]: { request: PeriodicFollowUpsQuery; reply: PeriodicFollowUpView[] };
  [F.figures]: { request: QualityFiguresQuery; reply: QualityFiguresView };
  [F.outletScorecard]: { request: ScorecardOutletRef; reply: OutletScorecard };
  [F.serviceDefects]: { request: Record<string, never>; reply: ServiceDefectDisclosure };
  /** Empties the figures and replays the whole event stream into them. */
  [F.rebuild]: { request: Record<string, never>; reply: { rebuilding: true } };
}
