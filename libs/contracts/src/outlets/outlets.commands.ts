import type {
  AnswerOfferCommand,
  CloseOutletCommand,
  FindCoveringOutletsQuery,
  ListOutletsQuery,
  ListTrainingQuery,
  MoveOutletCommand,
  OfferRef,
  OpenOfferCommand,
  OutletPolicy,
  OutletRef,
  RecordEstablishmentStepCommand,
  RecordSurveyCommand,
  RecordTrainingCommand,
  RegisterOutletRequest,
  SurveyRef,
} from './outlet.schemas';
import type { CoveringOutlet, OfferView, OutletPage, OutletPolicyView, OutletView, SurveyView, TrainingRecordView } from './outlets.types';
import { OutletCommandSubjects as S } from './outlets.subjects';

/** Request and reply of every outlets command, by subject. */
export interface OutletCommands {
  [S.registerOutlet]: { request: RegisterOutletRequest; reply: OutletView };
  [S.getOutlet]: { request: OutletRef; reply: OutletView };
  [S.listOutlets]: { request: ListOutletsQuery; reply: OutletPage };
  /** Open outlets covering a place, nearest first, with their province and distance (for the case SLA). */
  [S.findCoveringOutlets]: { request: FindCoveringOutletsQuery; reply: CoveringOutlet[] };
  /** Idempotent by sequence: recording a step already recorded returns the outlet unchanged. */
  [S.recordEstablishmentStep]: { request: RecordEstablishmentStepCommand; reply: OutletView };
  [S.closeOutlet]: { request: CloseOutletCommand; reply: OutletView };
  [S.moveOutlet]: { request: MoveOutletCommand; reply: OutletView };
  [S.recordTraining]: { request: RecordTrainingCommand; reply: TrainingRecordView };
  [S.listTraining]: { request: ListTrainingQuery; reply: TrainingRecordView[] };
  [S.recordSurvey]: { request: RecordSurveyCommand; reply: SurveyView };
  [S.getSurvey]: { request: SurveyRef; reply: SurveyView };
  [S.completeRectification]: { request: SurveyRef; reply: SurveyView };
  /** Idempotent: escalates a pending rectification once; a completed or escalated one is returned unchanged. */
  [S.escalateRectification]: { request: SurveyRef; reply: SurveyView };
  [S.openOffer]: { request: OpenOfferCommand; reply: OfferView };
  /** Offers the work order to the nearest covering outsourced outlet not tried yet; `outletId` null when none is left. */
  [S.sendNextOffer]: { request: OfferRef; reply: { outletId: string | null; attempt: number } };
  /** Idempotent: an answered attempt keeps its first outcome. */
  [S.answerOffer]: { request: AnswerOfferCommand; reply: OfferView };
  [S.getOffer]: { request: OfferRef; reply: OfferView };
  [S.setPolicy]: { request: OutletPolicy; reply: OutletPolicyView };
  [S.getPolicy]: { request: Record<string, never>; reply: OutletPolicyView };
}
