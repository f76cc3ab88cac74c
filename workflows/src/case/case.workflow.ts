import { ApplicationFailure, condition, log, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import {
  eventType,
  EventSubjects,
  PAUSE_REASONS,
  TERMINAL_CASE_STATUSES,
  type CasePolicy,
  type CasePriority,
  type CaseStatus,
  type CustomerTier,
  type NotificationTemplate,
  type ServiceType,
  type SlaClockName,
  type SlaEventV1,
} from '@aftersales/contracts';
import { changeBudget, changeCalendar, pauseClock, resumeClock, stopClock } from '../sla';
import type { CaseActivities } from './case.activities';
import { budgetFor, clockView, openingTracks, slaEvent, type ClockContext } from './case-clocks';
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
import { CALENDAR_ID, CASE_STATUS, ESCALATION_LEVEL, PRIORITY, SLA_BREACHED } from './search-attributes';
import { afterAlarm, dueAlarms, nextAlarmMs, type ClockTrack, type SlaAlarm } from './sla-alarms';

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
}

export interface CaseOutcome {
  caseNo: string;
  status: CaseStatus;
}

const { acknowledgeCase, closeCase, dispatchCase, recordSlaEvent } = proxyActivities<CaseActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

// Telling the customer matters but must never stall the case: bounded retries, then it is logged.
const { notifyCustomer } = proxyActivities<CaseActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 5 },
});

const EVENT_STATUS: Record<string, CaseStatus> = {
  [eventType(EventSubjects.caseAcknowledged)]: 'acknowledged',
  [eventType(EventSubjects.caseCancelled)]: 'cancelled',
  [eventType(EventSubjects.caseClosed)]: 'closed',
};
// Dispatch's facts that move the case: the technician on site stops the on-site clock, sign-off closes.
const ASSIGNED = 'aftersales.dispatch.workorder.assigned.v1';
const REASSIGNED = 'aftersales.dispatch.workorder.reassigned.v1';
/** Service types that need a technician, on site or at an outlet. */
const DISPATCHED_SERVICE_TYPES: readonly ServiceType[] = ['repair_onsite', 'repair_carry_in', 'installation', 'maintenance'];
const CHECKED_IN = 'aftersales.dispatch.workorder.checked-in.v1';
const SIGNED_OFF = 'aftersales.dispatch.workorder.signed-off.v1';

/** `case-<caseNo>`: drives one service case from opening to its end, with its SLA clocks. */
export async function caseWorkflow(input: CaseWorkflowInput): Promise<CaseOutcome> {
  const ctx: ClockContext = { policy: input.policy, serviceType: input.serviceType, siteDistanceKm: input.siteDistanceKm };
  let status: CaseStatus = 'opened';
  let priority = input.priority;
  let acknowledgedAt: string | null = null;
  let loanerOffered = false;
  let workOrderId: string | null = null;
  let technicianId: string | null = null;
  let tracks: ClockTrack[] = openingTracks(ctx, priority, Date.parse(input.receivedAt));
  let changes = 0;
  let closeRequested = false;
  let sequence = 0;
  const seenEvents = new Set<string>();
  const toRecord: SlaEventV1[] = [];
  const toNotify: { template: NotificationTemplate; key: string }[] = [];

  const state = (): CaseWorkflowState => ({
    caseNo: input.caseNo,
    status,
    acknowledgedAt,
    policyVersion: input.policy.version,
    priority,
    eventsApplied: seenEvents.size,
    workOrderId,
    technicianId,
    loanerOffered,
    clocks: tracks.map((t) => clockView(t, Date.now())),
  });
  const trackOf = (name: SlaClockName): ClockTrack | undefined => tracks.find((t) => t.clock.name === name);
  const replace = (next: ClockTrack): void => {
    tracks = tracks.map((t) => (t.clock.name === next.clock.name ? next : t));
    changes += 1;
  };
  const note = (track: ClockTrack, kind: SlaEventV1['kind'], extra: { reason?: string; priority?: CasePriority } = {}): void => {
    sequence += 1;
    toRecord.push(slaEvent(input.caseNo, track, kind, Date.now(), { ...extra, key: `${track.clock.name}:${kind}:${sequence}` }));
  };
  const publishSearchAttributes = (): void => {
    upsertSearchAttributes([
      { key: CASE_STATUS, value: status },
      { key: PRIORITY, value: priority },
      { key: SLA_BREACHED, value: tracks.some((t) => t.breachedAtMs !== null) },
      { key: ESCALATION_LEVEL, value: Math.max(0, ...tracks.map((t) => t.escalationLevel)) },
      { key: CALENDAR_ID, value: input.policy.calendar.id },
    ]);
  };
  const moveTo = (next: CaseStatus): void => {
    if (status === next || TERMINAL_CASE_STATUSES.includes(status)) return;
    status = next;
    changes += 1;
    publishSearchAttributes();
  };
  /** A clock met its target: stop it; a breached one de-escalates. */
  const meet = (name: SlaClockName): void => {
    const track = trackOf(name);
    if (!track || track.clock.stoppedAtMs !== null) return;
    const met: ClockTrack = { ...track, clock: stopClock(track.clock, Date.now()) };
    note(met, 'met');
    if (track.escalationLevel > 0) note(met, 'de-escalated');
    replace({ ...met, escalationLevel: 0, heldBy: null });
    publishSearchAttributes();
  };
  const requireRunningCase = (): void => {
    if (TERMINAL_CASE_STATUSES.includes(status)) throw ApplicationFailure.nonRetryable(`case is ${status}`, 'INVALID_TRANSITION');
  };
  const requireClock = (name: SlaClockName): ClockTrack => {
    const track = trackOf(name);
    if (!track) throw ApplicationFailure.nonRetryable(`this case has no ${name} clock`, 'INVALID_TRANSITION');
    if (track.clock.stoppedAtMs !== null) throw ApplicationFailure.nonRetryable(`the ${name} clock has stopped`, 'INVALID_TRANSITION');
    return track;
  };
  const clockState = (track: ClockTrack) => track.clock.segments.at(-1)?.state;

  /** RULES.md: within the radius the on-site budget is short; beyond it, longer. Known once assigned. */
  const learnDistance = (distanceKm: number): void => {
    ctx.siteDistanceKm = distanceKm;
    const track = trackOf('onsite');
    if (!track || track.clock.stoppedAtMs !== null) return;
    const budget = budgetFor('onsite', ctx, priority);
    if (budget === track.clock.budgetMs) return;
    const retargeted = { ...track, clock: changeBudget(track.clock, budget) };
    note(retargeted, 'retargeted', { reason: `distance_km:${Math.round(distanceKm)}` });
    replace(retargeted);
  };

  setHandler(caseStateQuery, state);
  setHandler(caseEventSignal, ({ eventId, type, distanceKm }) => {
    if (seenEvents.has(eventId)) return;
    seenEvents.add(eventId);
    const next = EVENT_STATUS[type];
    if (next) moveTo(next);
    if (type === ASSIGNED || type === REASSIGNED) toNotify.push({ template: 'technician_assigned', key: `assigned:${eventId}` });
    if ((type === ASSIGNED || type === REASSIGNED) && typeof distanceKm === 'number') learnDistance(distanceKm);
    if (type === CHECKED_IN) meet('onsite');
    if (type === SIGNED_OFF) closeRequested = true;
    changes += 1;
  });
  setHandler(calendarChangedSignal, ({ calendar }) => {
    if (TERMINAL_CASE_STATUSES.includes(status)) return;
    for (const track of tracks) {
      const current = track.clock.calendar;
      if (track.clock.basis !== 'working' || track.clock.stoppedAtMs !== null || !current) continue;
      if (current.id !== calendar.id || current.version === calendar.version) continue;
      const retargeted = { ...track, clock: changeCalendar(track.clock, calendar) };
      note(retargeted, 'retargeted', { reason: `calendar_changed:${calendar.version}` });
      replace(retargeted);
    }
  });
  setHandler(
    pauseSlaUpdate,
    ({ clock, reason }) => {
      const track = requireClock(clock);
      const paused = { ...track, clock: pauseClock(track.clock, Date.now(), reason) };
      note(paused, 'paused', { reason });
      replace(paused);
      return state();
    },
    {
      validator: ({ clock, reason }) => {
        requireRunningCase();
        if (!PAUSE_REASONS.includes(reason)) throw ApplicationFailure.nonRetryable(`unknown pause reason ${reason}`, 'INVALID_TRANSITION');
        if (clockState(requireClock(clock)) === 'paused') throw ApplicationFailure.nonRetryable(`the ${clock} clock is paused already`, 'INVALID_TRANSITION');
        if (reason === 'waiting_for_parts' && !(clock === 'resolution' && input.policy.pauseResolutionForParts)) {
          throw ApplicationFailure.nonRetryable(`the policy does not pause the ${clock} clock for parts`, 'INVALID_TRANSITION');
        }
      },
    },
  );
  setHandler(
    resumeSlaUpdate,
    ({ clock }) => {
      const track = requireClock(clock);
      const resumed = { ...track, clock: resumeClock(track.clock, Date.now(), 'resumed') };
      note(resumed, 'resumed');
      replace(resumed);
      return state();
    },
    {
      validator: ({ clock }) => {
        requireRunningCase();
        if (clockState(requireClock(clock)) !== 'paused') throw ApplicationFailure.nonRetryable(`the ${clock} clock is not paused`, 'INVALID_TRANSITION');
      },
    },
  );
  setHandler(
    changePriorityUpdate,
    ({ priority: next }) => {
      priority = next;
      // The consumed budget carries over: only the budget of each running clock changes.
      for (const track of tracks.filter((t) => t.clock.stoppedAtMs === null)) {
        const changed = { ...track, clock: changeBudget(track.clock, budgetFor(track.clock.name as SlaClockName, ctx, next)) };
        note(changed, 'retargeted', { priority: next });
        replace(changed);
      }
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
      const track = requireClock(clock);
      replace({ ...track, heldBy: by });
      return state();
    },
    {
      validator: ({ clock, level }) => {
        requireRunningCase();
        const track = requireClock(clock);
        const reached = track.escalationLevel > 0 ? ['responsible', 'supervisor', 'service_manager', 'management'][track.escalationLevel - 1] : null;
        if (reached !== level) throw ApplicationFailure.nonRetryable(`the ${clock} clock is at escalation level ${reached ?? 'none'}, not ${level}`, 'INVALID_TRANSITION');
        if (track.heldBy !== null) throw ApplicationFailure.nonRetryable(`level ${level} is acknowledged already`, 'INVALID_TRANSITION');
      },
    },
  );

  publishSearchAttributes();
  const acknowledged = await acknowledgeCase({ caseNo: input.caseNo });
  acknowledgedAt = acknowledged.acknowledgedAt;
  moveTo(acknowledged.status);
  meet('acknowledge');
  log.info('case acknowledged', { caseNo: input.caseNo, status });
  if ((status as CaseStatus) === 'acknowledged') toNotify.push({ template: 'case_acknowledged', key: 'acknowledged' });
  if ((status as CaseStatus) === 'acknowledged' && DISPATCHED_SERVICE_TYPES.includes(input.serviceType)) {
    try {
      const dispatched = await dispatchCase({ caseNo: input.caseNo });
      workOrderId = dispatched.workOrderId;
      technicianId = dispatched.technicianId;
    } catch (error) {
      // A refusal (site cannot be located, ...) leaves the case to a dispatcher; its events move it on.
      log.warn('case not dispatched automatically', { caseNo: input.caseNo, error: (error as Error).message });
    }
  }

  for (;;) {
    await recordPending(toRecord);
    await notifyPending();
    await fireDueAlarms();
    if (closeRequested && !TERMINAL_CASE_STATUSES.includes(status)) {
      await closeCase({ caseNo: input.caseNo });
      moveTo('closed');
    }
    if (TERMINAL_CASE_STATUSES.includes(status)) break;
    const wakeAt = nextAlarmMs(tracks, input.policy, Date.now());
    const seen = changes;
    await condition(() => changes !== seen || toRecord.length > 0 || toNotify.length > 0, wakeAt === null ? undefined : Math.max(1, wakeAt - Date.now()));
  }
  // `status` changes in handlers; read it through a widened type after the loop.
  if ((status as CaseStatus) === 'closed') meet('resolution');
  await recordPending(toRecord);
  return { caseNo: input.caseNo, status };

  async function fireDueAlarms(): Promise<void> {
    for (let due = dueAlarms(tracks, input.policy, Date.now()); due.length > 0; due = dueAlarms(tracks, input.policy, Date.now())) {
      const alarm = due[0];
      const track = trackOf(alarm.clock);
      if (!track) return;
      const next = afterAlarm(track, alarm);
      await recordSlaEvent(slaEvent(input.caseNo, next, alarm.kind, Date.now(), { alarm }));
      replace(next);
      if (alarm.kind !== 'warning') publishSearchAttributes();
      if (alarm.kind === 'breached' && alarm.clock !== 'acknowledge') toNotify.push({ template: 'service_delayed', key: `delayed:${alarm.clock}` });
      // RULES.md: a repair that runs late entitles the customer to a loaner; offered at the last warning.
      if (alarm.clock === 'resolution' && !loanerOffered && isLastWarning(alarm, input.policy)) {
        loanerOffered = true;
        toNotify.push({ template: 'loaner_offered', key: 'loaner-offered' });
      }
    }
  }

  async function notifyPending(): Promise<void> {
    while (toNotify.length > 0) {
      const { template, key } = toNotify[0];
      try {
        await notifyCustomer({ caseNo: input.caseNo, template, key });
      } catch (error) {
        log.warn('customer not notified after retries', { caseNo: input.caseNo, template, error: (error as Error).message });
      }
      toNotify.shift();
    }
  }
}

/** The resolution clock's last warning, or its breach when the policy sets no warnings. */
function isLastWarning(alarm: SlaAlarm, policy: CasePolicy): boolean {
  if (policy.warnAtFractions.length === 0) return alarm.kind === 'breached';
  return alarm.kind === 'warning' && alarm.fraction === Math.max(...policy.warnAtFractions);
}

async function recordPending(queue: SlaEventV1[]): Promise<void> {
  while (queue.length > 0) {
    await recordSlaEvent(queue[0]);
    queue.shift();
  }
}
