// Every wire name in one place. Renaming one is a migration, not a refactor: other teams subscribe to them.

/** The JetStream stream that keeps every domain event. */
export const EVENT_STREAM = 'AFTERSALES';
export const EVENT_SUBJECT_ROOT = 'aftersales';

/** Domain events: `aftersales.<context>.<entity>.<event>`. */
export const EventSubjects = {
  caseOpened: 'aftersales.intake.case.opened',
  caseAcknowledged: 'aftersales.intake.case.acknowledged',
  caseCancelled: 'aftersales.intake.case.cancelled',
  caseClosed: 'aftersales.intake.case.closed',
  caseSlaWarning: 'aftersales.intake.case.sla-warning',
  caseSlaBreached: 'aftersales.intake.case.sla-breached',
  caseEscalated: 'aftersales.intake.case.escalated',
  caseDeEscalated: 'aftersales.intake.case.de-escalated',
  caseSlaPaused: 'aftersales.intake.case.sla-paused',
  caseSlaResumed: 'aftersales.intake.case.sla-resumed',
  caseSlaMet: 'aftersales.intake.case.sla-met',
  caseSlaRetargeted: 'aftersales.intake.case.sla-retargeted',
  productModelRegistered: 'aftersales.intake.product-model.registered',
  productModelChanged: 'aftersales.intake.product-model.changed',
} as const;

/**
 * Commands (request/reply over core NATS). They live outside `aftersales.>` so that the event
 * stream never captures a request.
 */
export const CommandSubjects = {
  intakeOpenCase: 'cmd.intake.case.open',
  intakeAcknowledgeCase: 'cmd.intake.case.acknowledge',
  intakeCancelCase: 'cmd.intake.case.cancel',
  intakeGetCase: 'cmd.intake.case.get',
  intakeCloseCase: 'cmd.intake.case.close',
  intakeGetDispatchDetails: 'cmd.intake.case.get-dispatch-details',
  intakeRecordSlaEvent: 'cmd.intake.case.record-sla-event',
  intakeRecordSlaEvents: 'cmd.intake.case.record-sla-events',
  intakeListSlaEvents: 'cmd.intake.case.list-sla-events',
  intakeGetCustomerFile: 'cmd.intake.customer.get-file',
  intakeGetRuleLabels: 'cmd.intake.labels.get',
  intakeNotifyCustomer: 'cmd.intake.notification.notify-customer',
  intakeListNotifications: 'cmd.intake.notification.list',
  intakeCreatePolicy: 'cmd.intake.policy.create',
  intakeActivatePolicy: 'cmd.intake.policy.activate',
  intakeGetActivePolicy: 'cmd.intake.policy.get-active',
  intakeRegisterProductModel: 'cmd.intake.product-model.register',
  intakeChangeProductModel: 'cmd.intake.product-model.change',
  intakeGetProductModel: 'cmd.intake.product-model.get',
  intakeListProductModels: 'cmd.intake.product-model.list',
  qualityCasesOpenedPerDay: 'cmd.quality.stats.cases-opened',
  intakeGetContactPreference: 'cmd.intake.customer.get-contact-preference',
  intakeListCustomersByTier: 'cmd.intake.customer.list-by-tier',
  intakeNotifyCustomerById: 'cmd.intake.notification.notify-customer-by-id',
  intakeMatchRecallUnits: 'cmd.intake.unit.match-recall',
  intakeNotifyRecallOwners: 'cmd.intake.notification.notify-recall-owners',
  intakeOpenRecallRemedyCase: 'cmd.intake.case.open-recall-remedy',
} as const;

/** Subscriptions covering a whole entity's events (one filter per consumer suits nats-server 2.9). */
export const EventSubjectFilters = {
  caseEvents: 'aftersales.intake.case.>',
  workOrderEvents: 'aftersales.dispatch.workorder.>',
} as const;

/**
 * Where a durable consumer sets aside an event it cannot parse, or one that still fails after its
 * bounded retries: `aftersales.deadletter.<consumer>`. Inside `aftersales.>`, so the stream keeps
 * them for inspection and replay; no domain consumer's filter covers them.
 */
export const DEAD_LETTER_SUBJECT_PREFIX = 'aftersales.deadletter';
export const DEAD_LETTER_SUBJECT_TEMPLATE = `${DEAD_LETTER_SUBJECT_PREFIX}.{consumer}`;
export const deadLetterSubject = (consumer: string): string => `${DEAD_LETTER_SUBJECT_PREFIX}.${consumer}`;

/** What a dead-letter message carries (JSON body); the original bytes are kept verbatim in `payload`. */
export interface DeadLetterRecord {
  consumer: string;
  /** `unparseable` (not JSON), `invalid_envelope` (JSON but not an event envelope), `handler_failed` (retries exhausted). */
  kind: 'unparseable' | 'invalid_envelope' | 'handler_failed';
  reason: string;
  subject: string;
  streamSequence: number;
  deliveryCount: number;
  /** The event id, when the envelope could be read. */
  eventId: string | null;
  deadLetteredAt: string;
  /** The original message body as UTF-8 text. */
  payload: string;
}

export type EventSubject = (typeof EventSubjects)[keyof typeof EventSubjects];
export type CommandSubject = (typeof CommandSubjects)[keyof typeof CommandSubjects];

/** The apps of the cluster; each service owns the PostgreSQL schema of the same name. */
export const SERVICE_APPS = ['intake', 'dispatch', 'inventory', 'billing', 'quality', 'outlets'] as const;
export const ALL_APPS = ['gateway', ...SERVICE_APPS, 'worker'] as const;
export type ServiceApp = (typeof SERVICE_APPS)[number];
export type AppName = (typeof ALL_APPS)[number];

/** Header names carried on NATS messages and HTTP requests. */
export const Headers = {
  correlationId: 'x-correlation-id',
  /** The authenticated caller as JSON (see Actor), set by the gateway and carried to the service that changes state. */
  actor: 'x-actor',
  idempotencyKey: 'idempotency-key',
} as const;
