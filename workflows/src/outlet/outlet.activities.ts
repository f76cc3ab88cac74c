import type { EstablishmentStep, OfferOutcome, OutletActor } from '@aftersales/contracts';

/** What the outlet workflows ask of the services. Implemented in apps/worker as thin NATS commands. */
export interface OutletActivities {
  /** How many establishment steps the outlet has recorded (so a restarted workflow resumes where it was). */
  establishmentProgress(input: { outletId: string }): Promise<{ stepsDone: number }>;
  /** Idempotent by sequence; refuses (non-retryable) a step out of order or by the wrong role. */
  recordEstablishmentStep(input: { outletId: string; step: EstablishmentStep; actor: OutletActor; sequence: number }): Promise<void>;
  /** Idempotent: escalates a pending rectification once; a completed one is left alone. */
  escalateRectification(input: { surveyId: string }): Promise<{ escalated: boolean }>;
  /** Sends the work order to the next candidate outlet; null when none is left. Idempotent while an answer is awaited. */
  sendNextOffer(input: { workOrderId: string }): Promise<{ outletId: string | null }>;
  /** Records the outlet's answer (or its silence as expired); idempotent. */
  recordOfferAnswer(input: { workOrderId: string; outletId: string; outcome: OfferOutcome }): Promise<void>;
  /** Binds the accepting outlet on dispatch's work order; idempotent. */
  bindOutlet(input: { workOrderId: string; outletId: string }): Promise<void>;
}
