import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { EstablishmentStep, OfferOutcome, OfferStatus, OutletActor, OutletKind } from '@aftersales/contracts';

/** Workflow ids are business keys. */
export const outletEstablishmentWorkflowId = (outletId: string): string => `outlet-establishment-${outletId}`;
export const outletOfferWorkflowId = (workOrderId: string): string => `outlet-offer-${workOrderId}`;
export const outletRectificationWorkflowId = (surveyId: string): string => `outlet-rectification-${surveyId}`;

export interface EstablishmentState {
  outletId: string;
  kind: OutletKind;
  stepsDone: number;
  /** The step the workflow waits for, with the role that may record it; null once open. */
  next: { step: EstablishmentStep; role: string } | null;
}

/** An approval from a person: the step and who gives it (id and role, until real authentication arrives). */
export interface EstablishmentStepInput {
  step: EstablishmentStep;
  actor: OutletActor;
}

export interface OfferState {
  workOrderId: string;
  status: OfferStatus;
  /** The outlet whose answer the workflow waits for. */
  awaitingOutletId: string | null;
  boundOutletId: string | null;
  outcomes: { outletId: string; outcome: OfferOutcome }[];
}

export interface OfferAnswerInput {
  outletId: string;
  accepted: boolean;
}

export const establishmentStateQuery = defineQuery<EstablishmentState>('establishmentState');
/** Validated: the wrong step or the wrong role is refused and changes nothing. */
export const establishmentStepUpdate = defineUpdate<EstablishmentState, [EstablishmentStepInput]>('recordEstablishmentStep');

export const offerStateQuery = defineQuery<OfferState>('offerState');
/** Validated: only the outlet the work order is currently offered to may answer, once. */
export const answerOfferUpdate = defineUpdate<OfferState, [OfferAnswerInput]>('answerOffer');

/** The outlet reports its rectification done: the overdue escalation is called off. */
export const rectificationCompletedSignal = defineSignal('rectificationCompleted');
