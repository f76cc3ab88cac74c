import { InventoryEventSubjects } from './inventory/inventory.subjects';
import { OUTLET_EVENTS_FILTER, OutletEventSubjects } from './outlets/outlets.subjects';
import { BILLING_EVENT_FILTER } from './billing/billing.subjects';
import { QualityEventSubjectFilters, QualityEventSubjects } from './quality/quality.subjects';
import { EventSubjectFilters, EventSubjects, type AppName } from './subjects';

export interface DurableConsumerDeclaration {
  /** The app whose NATS user may create, read and acknowledge this consumer. */
  app: AppName;
  durable: string;
  /** The one filter subject (nats-server 2.9); the NATS permissions allow creating it with no wider filter. */
  filter: string;
}

/**
 * Every durable consumer the apps keep on the event stream. The NATS permissions are generated from
 * this list (deploy/nats), so a consumer missing here cannot be created by its app.
 */
export const DurableConsumers = {
  /** Retired: the figures' consumer counts the cases opened. Quality drains and deletes it after an upgrade. */
  qualityCasesOpened: { app: 'quality', durable: 'quality-cases-opened', filter: EventSubjects.caseOpened },
  qualityFiguresCases: { app: 'quality', durable: 'quality-figures-cases', filter: EventSubjectFilters.caseEvents },
  qualityFiguresWorkOrders: { app: 'quality', durable: 'quality-figures-workorders', filter: EventSubjectFilters.workOrderEvents },
  qualityFiguresFollowUps: { app: 'quality', durable: 'quality-figures-followups', filter: QualityEventSubjectFilters.followUpEvents },
  qualityFiguresComplaints: { app: 'quality', durable: 'quality-figures-complaints', filter: QualityEventSubjectFilters.complaintEvents },
  qualityRecallParts: { app: 'quality', durable: 'quality-recall-parts', filter: InventoryEventSubjects.partDiscontinued },
  qualityRecallOutlets: { app: 'quality', durable: 'quality-recall-outlets', filter: OutletEventSubjects.coverageLost },
  qualityRecallRemedies: { app: 'quality', durable: 'quality-recall-remedies', filter: EventSubjects.caseClosed },
  workerCaseBridge: { app: 'worker', durable: 'worker-case-bridge', filter: EventSubjectFilters.caseEvents },
  workerDispatchBridge: { app: 'worker', durable: 'worker-dispatch-bridge', filter: EventSubjectFilters.workOrderEvents },
  workerCaseBillingBridge: { app: 'worker', durable: 'worker-case-billing-bridge', filter: BILLING_EVENT_FILTER },
  workerBillingBridge: { app: 'worker', durable: 'worker-billing-bridge', filter: BILLING_EVENT_FILTER },
  workerFollowUpBridge: { app: 'worker', durable: 'worker-followup-bridge', filter: EventSubjects.caseClosed },
  workerComplaintBridge: { app: 'worker', durable: 'worker-complaint-bridge', filter: QualityEventSubjects.complaintRegistered },
  workerRecallBridge: { app: 'worker', durable: 'worker-recall-bridge', filter: QualityEventSubjects.recallApproved },
  workerOutletBridge: { app: 'worker', durable: 'worker-outlet-bridge', filter: OUTLET_EVENTS_FILTER },
} as const satisfies Record<string, DurableConsumerDeclaration>;

/**
 * Each app's replies (command replies, JetStream acknowledgements and pulled events) arrive on its
 * own inbox prefix, so its NATS user may subscribe to its own replies and nobody else's.
 */
export const inboxPrefixOf = (app: string): string => `_INBOX_${app}`;
