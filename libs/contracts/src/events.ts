import type { CaseAcknowledgedV1, CaseCancelledV1, CaseOpenedV1 } from './cases/case.events';
import { EventSubjects } from './subjects';
import type { DispatchEvents } from './dispatch/dispatch.events';

/** Payload of every domain event, by subject. */
export interface Events extends DispatchEvents {
  [EventSubjects.caseOpened]: CaseOpenedV1;
  [EventSubjects.caseAcknowledged]: CaseAcknowledgedV1;
  [EventSubjects.caseCancelled]: CaseCancelledV1;
}

export type EventData<K extends keyof Events> = Events[K];
