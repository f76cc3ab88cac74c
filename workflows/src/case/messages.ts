import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  AcknowledgeEscalationRequest,
  CasePriority,
  CaseStatus,
  ChangePriorityRequest,
  PauseSlaRequest,
  ResumeSlaRequest,
  SlaClockView,
  WorkingCalendarPolicy,
} from '@aftersales/contracts';

/** A domain event about this case, relayed by the event bridge. Ids and types only. */
export interface CaseEventSignal {
  eventId: string;
  type: string;
  /** For an assignment: the technician's distance to the site, which decides the on-site budget. */
  distanceKm?: number;
  /** For an assignment: whether the technician is based in another province (the province variant's budget). */
  outOfProvince?: boolean;
  /** For a work-order event: the work order and, once assigned, its technician (ids only). */
  workOrderId?: string;
  technicianId?: string;
  /** For an assignment: its id, which keys its notices from caseWorkflowV5 on. */
  assignmentId?: string;
  /** For a payment: what the customer still owes on the case, in minor units. */
  outstandingMinor?: number;
  /** For a rejected quote: the customer's reason code. */
  reason?: string;
}

export interface CaseWorkflowState {
  caseNo: string;
  status: CaseStatus;
  acknowledgedAt: string | null;
  policyVersion: string;
  priority: CasePriority;
  /** How many distinct case events the workflow has applied; redelivered events are not counted twice. */
  eventsApplied: number;
  /** Dispatch's work order and technician for the case, once dispatched (ids only). */
  workOrderId: string | null;
  technicianId: string | null;
  /** A loaner was offered because the resolution ran late (RULES.md "Response and on-site times"). */
  loanerOffered: boolean;
  /** A paid case's stage between quote and payment; null for free service. */
  billingStage: string | null;
  clocks: SlaClockView[];
}

export const caseEventSignal = defineSignal<[CaseEventSignal]>('caseEvent');
/** A new version of a region's working calendar: working-time clocks on it re-target their deadlines. */
export const calendarChangedSignal = defineSignal<[{ calendar: WorkingCalendarPolicy }]>('calendarChanged');
export const caseStateQuery = defineQuery<CaseWorkflowState>('caseState');

// Changes from people: updates with validators, so an invalid change is refused and changes nothing.
export const pauseSlaUpdate = defineUpdate<CaseWorkflowState, [PauseSlaRequest]>('pauseSla');
export const resumeSlaUpdate = defineUpdate<CaseWorkflowState, [ResumeSlaRequest]>('resumeSla');
export const changePriorityUpdate = defineUpdate<CaseWorkflowState, [ChangePriorityRequest]>('changePriority');
export const acknowledgeEscalationUpdate = defineUpdate<CaseWorkflowState, [AcknowledgeEscalationRequest]>('acknowledgeEscalation');
