import type { CaseAcknowledgedV1, CaseCancelledV1, CaseClosedV1, CaseOpenedV1 } from './cases/case.events';
import type { SlaEventV1 } from './sla/sla.types';
import { EventSubjects } from './subjects';
import type { DispatchEvents } from './dispatch/dispatch.events';
import type { ProductModelChangedV1 } from './product-models/product-model.schemas';
import type { BillingEvents } from './billing/billing.events';
import type { InventoryEvents } from './inventory/inventory.events';
import type { OutletEvents } from './outlets/outlets.events';
import type { QualityEvents } from './quality/quality.events';

/** Payload of every domain event, by subject. */
export interface Events extends DispatchEvents, BillingEvents, InventoryEvents, OutletEvents, QualityEvents {
  [EventSubjects.caseOpened]: CaseOpenedV1;
  [EventSubjects.productModelRegistered]: ProductModelChangedV1;
  [EventSubjects.productModelChanged]: ProductModelChangedV1;
  [EventSubjects.caseAcknowledged]: CaseAcknowledgedV1;
  [EventSubjects.caseCancelled]: CaseCancelledV1;
  [EventSubjects.caseClosed]: CaseClosedV1;
  [EventSubjects.caseSlaWarning]: SlaEventV1;
  [EventSubjects.caseSlaBreached]: SlaEventV1;
  [EventSubjects.caseEscalated]: SlaEventV1;
  [EventSubjects.caseDeEscalated]: SlaEventV1;
  [EventSubjects.caseSlaPaused]: SlaEventV1;
  [EventSubjects.caseSlaResumed]: SlaEventV1;
  [EventSubjects.caseSlaMet]: SlaEventV1;
  [EventSubjects.caseSlaRetargeted]: SlaEventV1;
}

/** The event subject of each SLA timeline entry. */
export const SLA_EVENT_SUBJECTS = {
  warning: EventSubjects.caseSlaWarning,
  breached: EventSubjects.caseSlaBreached,
  escalated: EventSubjects.caseEscalated,
  'de-escalated': EventSubjects.caseDeEscalated,
  paused: EventSubjects.caseSlaPaused,
  resumed: EventSubjects.caseSlaResumed,
  met: EventSubjects.caseSlaMet,
  retargeted: EventSubjects.caseSlaRetargeted,
} as const satisfies Record<SlaEventV1['kind'], keyof Events>;

export type EventData<K extends keyof Events> = Events[K];
