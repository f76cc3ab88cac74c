import { ApplicationFailure, condition, log, patched, proxyActivities, proxyLocalActivities, setHandler, upsertSearchAttributes, type ActivityOptions, type LocalActivityOptions } from '@temporalio/workflow';
import { BillingEventSubjects, DispatchEventSubjects, eventType, EventSubjects, MAX_SLA_EVENTS_PER_RECORD, TERMINAL_CASE_STATUSES } from '@aftersales/contracts/values';
import type { CasePolicy, CasePriority, CaseStatus, CustomerTier, NotificationTemplate, ServiceType, SlaClockName, SlaEventV1, TechnicianNotificationTemplate } from '@aftersales/contracts';
import type { CaseActivities } from './case.activities';
import { CaseClocks } from './case-clocks-state';
import {
  acknowledgeEscalationUpdate,
  calendarChangedSignal,
  caseEventSignal,
  caseStateQuery,
  changePriorityUpdate,
  pauseSlaUpdate,
  resumeSlaUpdate,
  type CaseWorkflowState,
} from './messages';
import { caseSearchAttributes } from './search-attributes';
import type { AlarmDating, SlaAlarm } from './sla-alarms';
import { WakeUpTimer } from './wake-up-timer';

/** The workflow's input: ids, codes and the pinned policy; never a name, phone or address. */
export interface CaseWorkflowInput {
  caseId: string;
  caseNo: string;
  serviceType: ServiceType;
  customerTier: CustomerTier;
  priority: CasePriority;
  receivedAt: string;
  siteDistanceKm: number | null;
  policy: CasePolicy;
  /**
   * Out of warranty (entitlement `paid`): the work waits for an accepted quote and, unless urgent, the
   * prepayment; the case closes when the invoice is paid. Absent in cases started before billing.
   */
  paidService?: boolean;
  /**
   * The `case.opened` event that started the run, applied by the start itself. Absent in cases started
   * before the bridge started eagerly: those received the event as a signal with the start.
   */
  openedEventId?: string;
}

export interface CaseOutcome {
  caseNo: string;
  status: CaseStatus;
}

const COMMAND_OPTIONS = {
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
} satisfies ActivityOptions & LocalActivityOptions;
// Telling the customer matters but must never stall the case: bounded retries, then it is logged.
const NOTICE_OPTIONS = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 5 },
} satisfies ActivityOptions & LocalActivityOptions;

/**
 * The case's activities are short NATS commands, idempotent by their keys. Run as local activities,
 * each is a marker in the workflow task that asked for it: no activity task, no second workflow task.
 * Cases started before the patch replay with server-scheduled activities.
 */
const LOCAL_ACTIVITIES_PATCH = 'local-activities';
const scheduled = { commands: proxyActivities<CaseActivities>(COMMAND_OPTIONS), notices: proxyActivities<CaseActivities>(NOTICE_OPTIONS) };
const local = { commands: proxyLocalActivities<CaseActivities>(COMMAND_OPTIONS), notices: proxyLocalActivities<CaseActivities>(NOTICE_OPTIONS) };

/**
 * Cases started before it dated an alarm noticed late (the worker down or behind) when it was noticed,
 * and counted the escalation ladder from there; now the breach keeps its deadline (RULES.md 升级).
 */
const ALARM_DATING_PATCH = 'alarm-dating-when-crossed';
/** Cases started before it upserted their search attributes on every change, even to the same values. */
const UNCHANGED_SEARCH_ATTRIBUTES_PATCH = 'skip-unchanged-search-attributes';

const EVENT_STATUS: Record<string, CaseStatus> = {
  [eventType(EventSubjects.caseAcknowledged)]: 'acknowledged',
  [eventType(EventSubjects.caseCancelled)]: 'cancelled',
  [eventType(EventSubjects.caseClosed)]: 'closed',
};
// Dispatch's facts that move the case: the technician on site stops the on-site clock, sign-off closes.
const ASSIGNED = eventType(DispatchEventSubjects.workOrderAssigned);
const REASSIGNED = eventType(DispatchEventSubjects.workOrderReassigned);
/** Service types that need a technician, on site or at an outlet. */
const DISPATCHED_SERVICE_TYPES: readonly ServiceType[] = ['repair_onsite', 'repair_carry_in', 'installation', 'maintenance'];
const APPOINTMENT_CONFIRMED = eventType(DispatchEventSubjects.workOrderAppointmentConfirmed);
const CHECKED_IN = eventType(DispatchEventSubjects.workOrderCheckedIn);
const QUOTE_ISSUED = eventType(BillingEventSubjects.quoteIssued);
const QUOTE_ACCEPTED = eventType(BillingEventSubjects.quoteAccepted);
const QUOTE_REJECTED = eventType(BillingEventSubjects.quoteRejected);
const PAYMENT_RECEIVED = eventType(BillingEventSubjects.paymentReceived);
/**
 * Cases started before it ran their notices one after another, and dispatched before recording and
 * notifying the acknowledgement: each activity in turn cost the server a workflow task of its own.
 */
const CONCURRENT_SIDE_EFFECTS_PATCH = 'concurrent-notices-and-records';
/** Cases started before technicians were told of their work replay without those activities. */
const TECHNICIAN_NOTIFICATIONS_PATCH = 'technician-notifications';
const SIGNED_OFF = eventType(DispatchEventSubjects.workOrderSignedOff);

/** Where a paid case stands between its quote and its payment (the workflow's `billingStage`). */
export type PaidServiceStage = 'awaiting_quote_decision' | 'quote_rejected' | 'awaiting_prepayment' | 'ready_for_service' | 'in_service' | 'awaiting_payment' | 'paid';

/** What caseWorkflowV2 and V3 share: every patch's path, the start's search attributes, entries dated when crossed. */
const BORN_AFTER_THE_PATCHES = { takes: () => true, startedWithSearchAttributes: true, timelineDating: 'when-crossed' } as const;

/**
 * `case-<caseNo>`: drives one service case from opening to its end, with its SLA clocks. Every new case
 * starts as this type (CASE_WORKFLOW_TYPE). It is caseWorkflowV4 applying the assignment its own
 * dispatch answers with: the distance sets the on-site budget and the notices go out in the same
 * workflow task, and dispatch marks the event as the workflow's, so the bridge does not relay it back.
 * A case dispatched automatically takes no signal and no second task for its technician. An
 * assignment's notices are keyed by the assignment, so one learnt from the answer and from an event
 * is told once.
 */
export async function caseWorkflowV5(input: CaseWorkflowInput): Promise<CaseOutcome> {
  return runCase(input, { ...BORN_AFTER_THE_PATCHES, batchesSlaRecords: true, keepsWakeUpTimer: true, appliesOwnAssignment: true });
}

/**
 * Cases started as V4 run on as V4: caseWorkflowV3 keeping one timer for its next alarm while that
 * alarm's instant stays the same (WakeUpTimer): an event that leaves the deadlines as they were (an
 * assignment within the radius, an appointment, a payment) no longer cancels the timer and starts
 * another, and the timer keeps the due time it was first set with. It learns every assignment from
 * the event, as the versions before it.
 */
export async function caseWorkflowV4(input: CaseWorkflowInput): Promise<CaseOutcome> {
  return runCase(input, { ...BORN_AFTER_THE_PATCHES, batchesSlaRecords: true, keepsWakeUpTimer: true, appliesOwnAssignment: false });
}

/**
 * Cases started as V3 run on as V3. Like caseWorkflowV2 (below), it takes every patch's path
 * without asking. It fires a task's due alarms before recording them, and sends the task's timeline
 * entries to intake in one command beside its notices: an SLA timer that breaches a clock and escalates it
 * is one round of local activities (a record, the customer's and the technician's notices) and one search
 * attribute upsert, where caseWorkflowV2 records the breach, then the escalation, then sends the notices,
 * upserting after each alarm.
 */
export async function caseWorkflowV3(input: CaseWorkflowInput): Promise<CaseOutcome> {
  return runCase(input, { ...BORN_AFTER_THE_PATCHES, batchesSlaRecords: true, keepsWakeUpTimer: false, appliesOwnAssignment: false });
}

/**
 * Cases started as V2 run on as V2. Born after the patches above, it takes each of their paths without
 * asking: `patched()` would write a marker and a TemporalChangeVersion upsert per patch, ten history events
 * in a new case's first task. Its starter sets the search attributes it would publish first
 * (caseStartSearchAttributes), and its timeline dates an overdue clock's entries at the deadline the clock
 * passed (a priority raised past the new deadline is retargeted to that deadline, not to now).
 * A change from here on is a `patched()` call again, or a new type.
 */
export async function caseWorkflowV2(input: CaseWorkflowInput): Promise<CaseOutcome> {
  return runCase(input, { ...BORN_AFTER_THE_PATCHES, batchesSlaRecords: false, keepsWakeUpTimer: false, appliesOwnAssignment: false });
}

/** Cases started before caseWorkflowV2: each path taken as its patch marker says. */
export async function caseWorkflow(input: CaseWorkflowInput): Promise<CaseOutcome> {
  return runCase(input, { takes: patched, startedWithSearchAttributes: false, timelineDating: 'when-noticed', batchesSlaRecords: false, keepsWakeUpTimer: false, appliesOwnAssignment: false });
}

interface CaseVersion {
  /** Whether the run takes the path a patch brought. */
  takes: (patchId: string) => boolean;
  /** The starter set caseStartSearchAttributes: the first publication would repeat them. */
  startedWithSearchAttributes: boolean;
  /** How a timeline entry that is not an alarm dates the clock's deadline (CaseClocks). */
  timelineDating: AlarmDating;
  /** Due alarms fire before the task's entries are recorded, all in one command beside the notices. */
  batchesSlaRecords: boolean;
  /** One timer for the next alarm, kept while its instant stays; before V4, a new timer every pass of the loop. */
  keepsWakeUpTimer: boolean;
  /** Its dispatch's answer is its assignment (keyed by the assignment's id); before V5, only the event. */
  appliesOwnAssignment: boolean;
}

async function runCase(input: CaseWorkflowInput, version: CaseVersion): Promise<CaseOutcome> {
  const { policy } = input;
  const activities = version.takes(LOCAL_ACTIVITIES_PATCH) ? local : scheduled;
  const { acknowledgeCase, cancelCase, checkQuoteDeadline, closeCase, dispatchCase, issueInvoice, recordSlaEvent, recordSlaEvents, requestQuote, reserveQuotedParts, setPaymentTerms } = activities.commands;
  const { notifyCustomer, notifyTechnician } = activities.notices;
  const skipsUnchangedSearchAttributes = version.takes(UNCHANGED_SEARCH_ATTRIBUTES_PATCH);
  const dating = version.takes(ALARM_DATING_PATCH) ? 'when-crossed' : 'when-noticed';
  const clocks = new CaseClocks(input.caseNo, { policy, serviceType: input.serviceType, siteDistanceKm: input.siteDistanceKm }, input.priority, Date.parse(input.receivedAt), dating, version.timelineDating);
  let status: CaseStatus = 'opened';
  let priority = input.priority;
  let acknowledgedAt: string | null = null;
  let loanerOffered = false;
  let workOrderId: string | null = null;
  let technicianId: string | null = null;
  let closeRequested = false;
  /** Bumped by every change outside the clocks, so the main loop re-plans. */
  let caseChanges = 0;
  const seenEvents = new Set<string>(input.openedEventId ? [input.openedEventId] : []);
  const toNotify: { template: NotificationTemplate; key: string }[] = [];
  const toNotifyTechnician: { workOrderId: string; template: TechnicianNotificationTemplate; key: string }[] = [];
  const notifiesTechnicians = version.takes(TECHNICIAN_NOTIFICATIONS_PATCH);
  const sideEffectsTogether = version.takes(CONCURRENT_SIDE_EFFECTS_PATCH);
  const paidService = DISPATCHED_SERVICE_TYPES.includes(input.serviceType) && input.paidService === true;
  let billingStage: PaidServiceStage | null = paidService ? 'awaiting_quote_decision' : null;
  let quoteDecision: { accepted: boolean; reason: string } | null = null;
  /** The quote SLA: requested once, due at `quoteDueMs`, checked once at that time unless a quote came. */
  const quote = { requested: false, dueMs: null as number | null, issued: false, checked: false };
  /** What the customer still owes on the case, from the latest payment or the invoice (minor units). */
  let outstandingMinor: number | null = null;
  let signedOff = false;
  const wakeUpTimer = version.keepsWakeUpTimer ? new WakeUpTimer() : null;
  /** The assignments applied, by their key: the assignment's id from V5, before it the event's. */
  const appliedAssignments = new Set<string>();

  const state = (): CaseWorkflowState => ({
    caseNo: input.caseNo,
    status,
    acknowledgedAt,
    policyVersion: policy.version,
    priority,
    eventsApplied: seenEvents.size,
    workOrderId,
    technicianId,
    loanerOffered,
    billingStage,
    clocks: clocks.views(),
  });
  const searchAttributes = () => caseSearchAttributes({ status, priority, breached: clocks.breached, escalationLevel: clocks.escalationLevel, calendarId: policy.calendar.id });
  let publishedSearchAttributes = version.startedWithSearchAttributes ? JSON.stringify(searchAttributes()) : '';
  const publishSearchAttributes = (): void => {
    const current = searchAttributes();
    const values = JSON.stringify(current);
    // Each upsert is a write to the server's visibility store: only a change is worth one.
    if (skipsUnchangedSearchAttributes && values === publishedSearchAttributes) return;
    publishedSearchAttributes = values;
    upsertSearchAttributes(current);
  };
  const moveTo = (next: CaseStatus): void => {
    if (status === next || TERMINAL_CASE_STATUSES.includes(status)) return;
    status = next;
    caseChanges += 1;
    publishSearchAttributes();
  };
  const meet = (name: SlaClockName): void => {
    clocks.meet(name);
    publishSearchAttributes();
  };
  /** RULES.md 派工: the technician is told of assignments, appointments and delays. */
  const tellTechnician = (template: TechnicianNotificationTemplate, key: string): void => {
    if (notifiesTechnicians && workOrderId) toNotifyTechnician.push({ workOrderId, template, key });
  };
  /** RULES.md 派工: the customer and the technician are told, and the on-site budget follows the distance; once per key. */
  const applyAssignment = (key: string, site: { distanceKm?: number; outOfProvince?: boolean }, assignedTechnicianId: string | undefined): void => {
    if (appliedAssignments.has(key)) return;
    appliedAssignments.add(key);
    toNotify.push({ template: 'technician_assigned', key: `assigned:${key}` });
    if (typeof site.distanceKm === 'number') clocks.learnSite({ distanceKm: site.distanceKm, outOfProvince: site.outOfProvince }, priority);
    if (notifiesTechnicians && assignedTechnicianId) technicianId = assignedTechnicianId;
    tellTechnician('work_order_assigned', `assigned:${key}`);
  };
  const requireRunningCase = (): void => {
    if (TERMINAL_CASE_STATUSES.includes(status)) throw ApplicationFailure.nonRetryable(`case is ${status}`, 'INVALID_TRANSITION');
  };

  setHandler(caseStateQuery, state);
  setHandler(caseEventSignal, ({ eventId, type, distanceKm, outOfProvince, outstandingMinor: owed, reason, ...ids }) => {
    if (seenEvents.has(eventId)) return;
    seenEvents.add(eventId);
    const next = EVENT_STATUS[type];
    if (next) moveTo(next);
    if (notifiesTechnicians && ids.workOrderId) workOrderId = ids.workOrderId;
    if (type === ASSIGNED || type === REASSIGNED) {
      applyAssignment(version.appliesOwnAssignment && ids.assignmentId ? ids.assignmentId : eventId, { distanceKm, outOfProvince }, ids.technicianId);
    }
    if (type === APPOINTMENT_CONFIRMED) {
      toNotify.push({ template: 'appointment_confirmed', key: `appointment:${eventId}` });
      tellTechnician('appointment_confirmed', `appointment:${eventId}`);
    }
    if (type === CHECKED_IN) meet('onsite');
    if (type === SIGNED_OFF) {
      if (paidService) signedOff = true;
      else closeRequested = true;
    }
    if (type === QUOTE_ISSUED) quote.issued = true;
    if (type === QUOTE_ACCEPTED || type === QUOTE_REJECTED) quoteDecision ??= { accepted: type === QUOTE_ACCEPTED, reason: reason ?? 'rejected' };
    if (type === PAYMENT_RECEIVED && typeof owed === 'number') outstandingMinor = owed;
    caseChanges += 1;
  });
  setHandler(calendarChangedSignal, ({ calendar }) => {
    if (!TERMINAL_CASE_STATUSES.includes(status)) clocks.changeCalendar(calendar);
  });
  setHandler(
    pauseSlaUpdate,
    ({ clock, reason }) => {
      clocks.pause(clock, reason);
      return state();
    },
    { validator: ({ clock, reason }) => (requireRunningCase(), clocks.validatePause(clock, reason, policy.pauseResolutionForParts)) },
  );
  setHandler(
    resumeSlaUpdate,
    ({ clock }) => {
      clocks.resume(clock);
      return state();
    },
    { validator: ({ clock }) => (requireRunningCase(), clocks.validateResume(clock)) },
  );
  setHandler(
    changePriorityUpdate,
    ({ priority: next }) => {
      priority = next;
      clocks.changePriority(next);
      publishSearchAttributes();
      return state();
    },
    {
      validator: ({ priority: next }) => {
        requireRunningCase();
        if (next === priority) throw ApplicationFailure.nonRetryable(`the case is ${priority} already`, 'INVALID_TRANSITION');
      },
    },
  );
  setHandler(
    acknowledgeEscalationUpdate,
    ({ clock, by }) => {
      clocks.hold(clock, by);
      return state();
    },
    { validator: ({ clock, level }) => (requireRunningCase(), clocks.validateHold(clock, level)) },
  );

  publishSearchAttributes();
  const acknowledged = await acknowledgeCase({ caseNo: input.caseNo });
  acknowledgedAt = acknowledged.acknowledgedAt;
  moveTo(acknowledged.status);
  meet('acknowledge');
  log.info('case acknowledged', { caseNo: input.caseNo, status });
  if ((status as CaseStatus) === 'acknowledged') toNotify.push({ template: 'case_acknowledged', key: 'acknowledged' });
  // A paid case is dispatched once its quote is accepted and, where required, prepaid (advancePaidService).
  if ((status as CaseStatus) === 'acknowledged' && DISPATCHED_SERVICE_TYPES.includes(input.serviceType) && !paidService) {
    // The acknowledgement's SLA record and notice do not wait for the technician, nor the technician for them.
    if (sideEffectsTogether) await Promise.all([dispatchNow(), recordAndNotifyPending()]);
    else await dispatchNow();
  }

  for (;;) {
    if (version.batchesSlaRecords) {
      // Synchronous where nothing is awaited: every promise in workflow code costs the SDK a captured stack.
      fireAndQueueDueAlarms();
      if (hasPendingSideEffects()) await recordAndNotifyPending();
    } else {
      await recordAndNotifyPending();
      await fireDueAlarms();
    }
    while (paidService && !TERMINAL_CASE_STATUSES.includes(status) && (await advancePaidService()));
    if (closeRequested && !TERMINAL_CASE_STATUSES.includes(status)) {
      await closeCase({ caseNo: input.caseNo });
      moveTo('closed');
    }
    if (TERMINAL_CASE_STATUSES.includes(status)) break;
    const wakeAt = earliest(clocks.nextAlarmMs(policy), quoteCheckDueMs());
    const seen = clocks.changes + caseChanges;
    const changed = () => clocks.changes + caseChanges !== seen || hasPendingSideEffects();
    if (wakeUpTimer) {
      wakeUpTimer.setFor(wakeAt);
      await condition(() => changed() || wakeUpTimer.rang);
    } else await condition(changed, wakeAt === null ? undefined : Math.max(1, wakeAt - Date.now()));
  }
  // `status` changes in handlers; read it through a widened type after the loop.
  if ((status as CaseStatus) === 'closed') meet('resolution');
  await recordPending(clocks.toRecord);
  return { caseNo: input.caseNo, status };

  /** When the quote deadline must be checked: while waiting for a quote that has not come, once. */
  function quoteCheckDueMs(): number | null {
    if (billingStage !== 'awaiting_quote_decision' || quote.dueMs === null || quote.issued || quote.checked || quoteDecision) return null;
    return quote.dueMs;
  }

  async function dispatchNow(): Promise<void> {
    try {
      const dispatched = await dispatchCase(version.appliesOwnAssignment ? { caseNo: input.caseNo, appliesAssignment: true } : { caseNo: input.caseNo });
      workOrderId = dispatched.workOrderId;
      technicianId = dispatched.technicianId;
      const { assignment } = dispatched;
      if (version.appliesOwnAssignment && assignment) applyAssignment(assignment.id, assignment, dispatched.technicianId ?? undefined);
    } catch (error) {
      // A refusal (site cannot be located, ...) leaves the case to a dispatcher; its events move it on.
      log.warn('case not dispatched automatically', { caseNo: input.caseNo, error: (error as Error).message });
    }
  }

  /**
   * The paid path (RULES.md 费用): quote → accepted (a rejection cancels the case with its reason) →
   * prepayment unless urgent → parts reserved → dispatched → signed off → invoice → paid → closed.
   * Takes the next step whose condition holds; true when it moved, so the caller tries the next.
   */
  async function advancePaidService(): Promise<boolean> {
    switch (billingStage) {
      case 'awaiting_quote_decision': {
        if (!quote.requested) {
          quote.requested = true;
          try {
            const largeOrImportant = input.customerTier === 'key' || priority !== 'normal';
            quote.dueMs = Date.parse((await requestQuote({ caseNo: input.caseNo, requestedAt: input.receivedAt, largeOrImportant })).dueAt);
          } catch (error) {
            // No active price list: the quote is made by hand, without its SLA timer.
            log.warn('quote SLA not started', { caseNo: input.caseNo, error: (error as Error).message });
          }
          return true;
        }
        const checkDue = quoteCheckDueMs();
        if (checkDue !== null && Date.now() >= checkDue) {
          quote.checked = true;
          await checkQuoteDeadline({ caseNo: input.caseNo });
          return true;
        }
        if (!quoteDecision) return false;
        if (!quoteDecision.accepted) {
          await cancelCase({ caseNo: input.caseNo, reason: `quote_rejected:${quoteDecision.reason}` });
          moveTo('cancelled');
          billingStage = 'quote_rejected';
          return true;
        }
        const terms = await setPaymentTerms({ caseNo: input.caseNo, urgent: priority === 'urgent' });
        billingStage = terms.prepaymentRequired && outstandingMinor !== 0 ? 'awaiting_prepayment' : 'ready_for_service';
        return true;
      }
      case 'awaiting_prepayment':
        if (outstandingMinor !== 0) return false;
        billingStage = 'ready_for_service';
        return true;
      case 'ready_for_service': {
        const parts = await reserveQuotedParts({ caseNo: input.caseNo });
        if (parts.short.length > 0) log.warn('quoted parts short; dispatch sources them', { caseNo: input.caseNo, short: parts.short });
        await dispatchNow();
        billingStage = 'in_service';
        return true;
      }
      case 'in_service': {
        if (!signedOff) return false;
        outstandingMinor = (await issueInvoice({ caseNo: input.caseNo })).outstandingMinor;
        billingStage = 'awaiting_payment';
        return true;
      }
      case 'awaiting_payment':
        if (outstandingMinor !== 0) return false;
        billingStage = 'paid';
        closeRequested = true;
        return true;
      default:
        return false;
    }
  }

  /** V3: every due alarm fires at once, its entry queued with the task's others; one upsert for them all. */
  function fireAndQueueDueAlarms(): void {
    for (let due = clocks.dueAlarms(policy); due.length > 0; due = clocks.dueAlarms(policy)) {
      // The clock moves on at once, so the next alarm is due after this one.
      if (!clocks.fireAndQueue(due[0])) break;
      queueAlarmNotices(due[0]);
    }
    // An upsert happens only when the breach or the level changed.
    publishSearchAttributes();
  }

  /** Before V3: each alarm is recorded as it fires, and a breach or escalation upserted on its own. */
  async function fireDueAlarms(): Promise<void> {
    for (let due = clocks.dueAlarms(policy); due.length > 0; due = clocks.dueAlarms(policy)) {
      const alarm = due[0];
      const fired = clocks.fire(alarm);
      if (!fired) return;
      await recordSlaEvent(fired.entry);
      fired.apply();
      if (alarm.kind !== 'warning') publishSearchAttributes();
      queueAlarmNotices(alarm);
    }
  }

  function queueAlarmNotices(alarm: SlaAlarm): void {
    if (alarm.kind === 'breached' && alarm.clock !== 'acknowledge') toNotify.push({ template: 'service_delayed', key: `delayed:${alarm.clock}` });
    if (alarm.kind === 'breached' && alarm.clock === 'onsite') tellTechnician('onsite_overdue', 'onsite-overdue');
    // RULES.md: a repair that runs late entitles the customer to a loaner; offered at the last warning.
    if (alarm.clock === 'resolution' && !loanerOffered && isLastWarning(alarm, policy)) {
      loanerOffered = true;
      toNotify.push({ template: 'loaner_offered', key: 'loaner-offered' });
    }
  }

  function hasPendingSideEffects(): boolean {
    return clocks.toRecord.length + toNotify.length + toNotifyTechnician.length > 0;
  }

  /** The timeline entries in their order, each leaving the queue once recorded: together, or one by one before V3. */
  async function recordPending(queue: SlaEventV1[]): Promise<void> {
    const perCommand = version.batchesSlaRecords ? MAX_SLA_EVENTS_PER_RECORD : 1;
    while (queue.length > 0) {
      const events = queue.slice(0, perCommand);
      if (version.batchesSlaRecords) await recordSlaEvents({ caseNo: input.caseNo, events });
      else await recordSlaEvent(events[0]);
      queue.splice(0, events.length);
    }
  }

  /** The SLA records in their order, beside the notices; one after the other in cases started before the patch. */
  async function recordAndNotifyPending(): Promise<void> {
    if (!sideEffectsTogether) {
      await recordPending(clocks.toRecord);
      await notifyPending();
      return;
    }
    await Promise.all([recordPending(clocks.toRecord), notifyAllPending()]);
  }

  /** Every pending notice at once: they are independent messages, each with its own key and retries. */
  async function notifyAllPending(): Promise<void> {
    await Promise.all([...toNotify.splice(0).map(sendCustomerNotice), ...toNotifyTechnician.splice(0).map(sendTechnicianNotice)]);
  }

  /** One notice after the other, each leaving its queue once sent (cases started before the patch). */
  async function notifyPending(): Promise<void> {
    while (toNotify.length > 0) {
      await sendCustomerNotice(toNotify[0]);
      toNotify.shift();
    }
    while (toNotifyTechnician.length > 0) {
      await sendTechnicianNotice(toNotifyTechnician[0]);
      toNotifyTechnician.shift();
    }
  }

  /** A notice that still fails after its retries is logged: it never stalls the case. */
  async function sendCustomerNotice({ template, key }: { template: NotificationTemplate; key: string }): Promise<void> {
    try {
      await notifyCustomer({ caseNo: input.caseNo, template, key });
    } catch (error) {
      log.warn('customer not notified after retries', { caseNo: input.caseNo, template, error: (error as Error).message });
    }
  }

  async function sendTechnicianNotice(message: { workOrderId: string; template: TechnicianNotificationTemplate; key: string }): Promise<void> {
    try {
      await notifyTechnician({ caseNo: input.caseNo, ...message });
    } catch (error) {
      log.warn('technician not notified after retries', { caseNo: input.caseNo, template: message.template, error: (error as Error).message });
    }
  }
}

/** The resolution clock's last warning, or its breach when the policy sets no warnings. */
function isLastWarning(alarm: SlaAlarm, policy: CasePolicy): boolean {
  if (policy.warnAtFractions.length === 0) return alarm.kind === 'breached';
  return alarm.kind === 'warning' && alarm.fraction === Math.max(...policy.warnAtFractions);
}

function earliest(...times: (number | null)[]): number | null {
  const known = times.filter((t): t is number => t !== null);
  return known.length > 0 ? Math.min(...known) : null;
}

