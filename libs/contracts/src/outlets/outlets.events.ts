// Event payloads of the outlets context: ids, codes, times and distances. No names, addresses or free text.
import type { EstablishmentStep, OfferOutcome, OutletKind, OutletRole, OutletStatus } from './outlets.labels';
import type { OutletPolicy } from './outlet.schemas';
import { OutletEventSubjects as S } from './outlets.subjects';

export interface OutletRegisteredV1 {
  outletId: string;
  code: string;
  kind: OutletKind;
  province: string;
  dailyCapacity: number;
  status: OutletStatus;
  registeredAt: string;
}

export interface EstablishmentStepRecordedV1 {
  outletId: string;
  sequence: number;
  step: EstablishmentStep;
  actorId: string;
  actorRole: OutletRole;
  status: OutletStatus;
  recordedAt: string;
}

export interface OutletOpenedV1 {
  outletId: string;
  kind: OutletKind;
  openedAt: string;
}

export interface OutletClosedV1 {
  outletId: string;
  previousStatus: OutletStatus;
  reassignedWorkOrders: number;
  uncoveredCases: number;
  closedAt: string;
}

export interface OutletMovedV1 {
  outletId: string;
  province: string;
  reassignedWorkOrders: number;
  uncoveredCases: number;
  movedAt: string;
}

/** Cases left without a covering outlet: the recall issue turns these into a remedy campaign. */
export interface CoverageLostV1 {
  outletId: string;
  caseNos: string[];
  workOrderIds: string[];
  lostAt: string;
}

export interface TrainingRecordedV1 {
  trainingId: string;
  outletId: string;
  employeeNo: string;
  certifiedCategory: string | null;
  certificationExpiresOn: string | null;
  recordedAt: string;
}

export interface SurveyRecordedV1 {
  surveyId: string;
  outletId: string;
  year: number;
  score: number;
  demandCodes: string[];
  rectificationDueAt: string | null;
  recordedAt: string;
}

export interface RectificationChangedV1 {
  surveyId: string;
  outletId: string;
  rectificationDueAt: string;
  at: string;
}

export interface OfferOpenedV1 {
  workOrderId: string;
  caseNo: string;
  policy: OutletPolicy;
  openedAt: string;
}

export interface OfferSentV1 {
  workOrderId: string;
  caseNo: string;
  outletId: string;
  distanceKm: number;
  attempt: number;
  sentAt: string;
}

export interface OfferAnsweredV1 {
  workOrderId: string;
  caseNo: string;
  outletId: string;
  outcome: OfferOutcome;
  answeredAt: string;
}

export interface OfferExhaustedV1 {
  workOrderId: string;
  caseNo: string;
  outletsTried: string[];
  exhaustedAt: string;
}

export interface OfferReassignedV1 {
  workOrderId: string;
  caseNo: string;
  fromOutletId: string;
  toOutletId: string;
  distanceKm: number;
  reassignedAt: string;
}

export interface OutletPolicyChangedV1 {
  policy: OutletPolicy;
  changedAt: string;
}

/** Payload of every outlets event, by subject. */
export interface OutletEvents {
  [S.outletRegistered]: OutletRegisteredV1;
  [S.establishmentStepRecorded]: EstablishmentStepRecordedV1;
  [S.outletOpened]: OutletOpenedV1;
  [S.outletClosed]: OutletClosedV1;
  [S.outletMoved]: OutletMovedV1;
  [S.coverageLost]: CoverageLostV1;
  [S.trainingRecorded]: TrainingRecordedV1;
  [S.surveyRecorded]: SurveyRecordedV1;
  [S.rectificationCompleted]: RectificationChangedV1;
  [S.rectificationEscalated]: RectificationChangedV1;
  [S.offerOpened]: OfferOpenedV1;
  [S.offerSent]: OfferSentV1;
  [S.offerAnswered]: OfferAnsweredV1;
  [S.offerExhausted]: OfferExhaustedV1;
  [S.offerReassigned]: OfferReassignedV1;
  [S.policyChanged]: OutletPolicyChangedV1;
}
