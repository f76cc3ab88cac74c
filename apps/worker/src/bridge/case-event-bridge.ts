import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import {
  BillingEventSubjects,
  CASE_NO_PATTERN,
  casePolicySchema,
  DispatchEventSubjects,
  eventType,
  DurableConsumers,
  EventSubjects,
  type CaseOpenedV1,
  type EventEnvelope,
  type WorkOrderAssignedV1,
} from '@aftersales/contracts';
import { DurableConsumer, NATS_CONNECTION } from '@aftersales/messaging';
import { CASE_WORKFLOW_TYPE, caseEventSignal, caseStartSearchAttributes, caseWorkflowId, type caseWorkflowV5, type CaseEventSignal } from '@aftersales/workflows';
import { EAGER_START_CLIENT } from '../temporal/worker-connection';

export const CASE_BRIDGE_CONSUMER = DurableConsumers.workerCaseBridge.durable;
export const DISPATCH_BRIDGE_CONSUMER = DurableConsumers.workerDispatchBridge.durable;
export const CASE_BILLING_BRIDGE_CONSUMER = DurableConsumers.workerCaseBillingBridge.durable;
/**
 * Events relayed at once per consumer: each relay is a round trip to Temporal, so one at a time caps
 * intake at 1/latency. A case's own events stay in order (keyed by the case number).
 */
const BRIDGE_CONCURRENCY = 32;
/** How long after its last wait for a lane the case consumer still counts as behind (startsBackedUp). */
const BACKED_UP_FOR_MS = 1_000;
const byCase = (e: EventEnvelope): string => e.correlationid;
const ASSIGNED = eventType(DispatchEventSubjects.workOrderAssigned);

/**
 * The event types a case workflow reacts to; everything else on the subjects is acknowledged and skipped.
 * `case.acknowledged` and `case.closed` are not among them: only the workflow acknowledges and closes a
 * case, and it has the answer already. Relayed, its own close could reach it before the workflow task that
 * closed it completes; that task would then be retried with the case already closed, skipping the steps
 * between (the invoice and payment of a paid case). An assignment the workflow asked for is skipped too:
 * the workflow has dispatch's answer already (askedByTheCase).
 */
const ROUTED_TYPES = new Set([
  eventType(EventSubjects.caseCancelled),
  ASSIGNED,
  eventType(DispatchEventSubjects.workOrderReassigned),
  eventType(DispatchEventSubjects.workOrderAppointmentConfirmed),
  eventType(DispatchEventSubjects.workOrderCheckedIn),
  eventType(DispatchEventSubjects.workOrderSignedOff),
  eventType(BillingEventSubjects.quoteIssued),
  eventType(BillingEventSubjects.quoteAccepted),
  eventType(BillingEventSubjects.quoteRejected),
  eventType(BillingEventSubjects.paymentReceived),
]);

/**
 * Turns case events into workflow signals. `case.opened` starts `case-<caseNo>`, eagerly: the first
 * workflow task comes back in the start's answer to this process's worker. A running case is left as
 * it is (USE_EXISTING), and a closed one is never started again (REJECT_DUPLICATE), so a redelivered
 * event cannot start a second workflow. The run counts the opening event as applied (`openedEventId`).
 */
@Injectable()
export class CaseEventBridge implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('CaseEventBridge');
  private readonly consumers: DurableConsumer[];
  /** The consumer of case.opened (and the other case events), whose lanes start the workflows. */
  private readonly caseConsumer: DurableConsumer;

  constructor(
    @Inject(NATS_CONNECTION) nc: NatsConnection,
    private readonly client: Client,
    @Inject(EAGER_START_CLIENT) private readonly starter: Client,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {
    // One consumer per context: Debian's nats-server 2.9 allows one filter subject per consumer.
    const relayFrom = ({ durable, filter }: { durable: string; filter: string }) =>
      new DurableConsumer(nc, { durable, filterSubjects: [filter], handle: (e) => this.relay(e), concurrency: BRIDGE_CONCURRENCY, orderKey: byCase });
    this.caseConsumer = relayFrom(DurableConsumers.workerCaseBridge);
    this.consumers = [this.caseConsumer, relayFrom(DurableConsumers.workerDispatchBridge), relayFrom(DurableConsumers.workerCaseBillingBridge)];
  }

  /** Whether new cases come in faster than their workflows are started: a case event waited for a lane within the last second. */
  startsBackedUp(): boolean {
    return this.caseConsumer.backedUp(BACKED_UP_FOR_MS);
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const consumer of this.consumers) await consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const consumer of this.consumers) await consumer.stop();
  }

  private async relay(envelope: EventEnvelope): Promise<void> {
    if (envelope.type === eventType(EventSubjects.caseOpened)) return this.startCase(envelope as EventEnvelope<CaseOpenedV1>);
    if (!ROUTED_TYPES.has(envelope.type) || askedByTheCase(envelope)) return;
    // The correlation id of every case event is its case number (dispatch's aggregate is the work order).
    const caseNo = envelope.correlationid;
    if (!CASE_NO_PATTERN.test(caseNo)) {
      this.logger.warn(`event ${envelope.id} (${envelope.type}) names no case; skipped`);
      return;
    }
    try {
      await this.client.workflow.getHandle(caseWorkflowId(caseNo)).signal(caseEventSignal, { eventId: envelope.id, type: envelope.type, ...signalFacts(envelope.data) });
    } catch (error) {
      // The case's workflow has ended: nothing is left to tell it.
      if (error instanceof WorkflowNotFoundError) return;
      throw error;
    }
  }

  private async startCase(envelope: EventEnvelope<CaseOpenedV1>): Promise<void> {
    const { caseId, caseNo, serviceType, customerTier, priority, receivedAt, siteDistanceKm, policy, entitlement } = envelope.data;
    // A workflow started from a malformed event would fail its every task: such an event is logged and set aside.
    const problem = openedEventProblem(envelope.data);
    if (problem) {
      this.logger.error(`case.opened event ${envelope.id} not started: ${problem}`);
      return;
    }
    const paidService = entitlement?.decision === 'paid';
    try {
      const { eagerlyStarted } = await this.starter.workflow.start<typeof caseWorkflowV5>(CASE_WORKFLOW_TYPE, {
        workflowId: caseWorkflowId(caseNo),
        taskQueue: this.env.TEMPORAL_TASK_QUEUE,
        args: [{ caseId, caseNo, serviceType, customerTier, priority, receivedAt, siteDistanceKm, policy, paidService, openedEventId: envelope.id }],
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        typedSearchAttributes: caseStartSearchAttributes({ caseNo, serviceType, customerTier, priority, calendarId: policy.calendar.id }),
        requestEagerStart: true,
      });
      this.logger.log(`case-${caseNo} started${eagerlyStarted ? ' eagerly' : ''} (${serviceType}, policy ${policy.version})`);
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) {
        this.logger.log(`case-${caseNo} already ran; event ${envelope.id} acknowledged without a new start`);
        return;
      }
      throw error;
    }
  }
}

/**
 * An assignment the case's own workflow asked for (caseWorkflowV5 on): it applied dispatch's answer, so
 * the event would only cost the case a signal and a workflow task.
 */
function askedByTheCase(envelope: EventEnvelope): boolean {
  return envelope.type === ASSIGNED && (envelope.data as Partial<WorkOrderAssignedV1> | undefined)?.requestedBy === 'case_workflow';
}

/** The ids and figures of an event's data that a case workflow uses; nothing else is passed on. */
function signalFacts(data: unknown): Partial<CaseEventSignal> {
  const { distanceKm, outOfProvince, workOrderId, technicianId, assignmentId, outstanding, reason } = (data ?? {}) as Record<string, unknown>;
  const owed = (outstanding as { amountMinor?: unknown } | undefined)?.amountMinor;
  return {
    ...(typeof owed === 'number' ? { outstandingMinor: owed } : {}),
    ...(typeof reason === 'string' ? { reason } : {}),
    ...(typeof distanceKm === 'number' ? { distanceKm } : {}),
    ...(typeof outOfProvince === 'boolean' ? { outOfProvince } : {}),
    ...(typeof workOrderId === 'string' ? { workOrderId } : {}),
    ...(typeof technicianId === 'string' ? { technicianId } : {}),
    ...(typeof assignmentId === 'string' ? { assignmentId } : {}),
  };
}

/** Why a case.opened payload cannot start a case workflow, or null when it can. */
function openedEventProblem(data: CaseOpenedV1): string | null {
  if (!CASE_NO_PATTERN.test(String(data?.caseNo))) return 'no case number';
  for (const field of ['caseId', 'serviceType', 'customerTier', 'priority', 'receivedAt'] as const) if (typeof data[field] !== 'string') return `${field} missing`;
  const policy = casePolicySchema.safeParse(data.policy);
  return policy.success ? null : `invalid policy: ${policy.error.issues[0]?.path.join('.')} ${policy.error.issues[0]?.message}`;
}
