import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { CaseStatus } from '@aftersales/contracts';

/** A domain event about this case, relayed by the event bridge. Ids and types only. */
export interface CaseEventSignal {
  eventId: string;
  type: string;
}

export interface CaseWorkflowState {
  caseNo: string;
  status: CaseStatus;
  acknowledgedAt: string | null;
  policyVersion: string;
  /** How many distinct case events the workflow has applied; redelivered events are not counted twice. */
  eventsApplied: number;
}

export const caseEventSignal = defineSignal<[CaseEventSignal]>('caseEvent');
export const caseStateQuery = defineQuery<CaseWorkflowState>('caseState');
