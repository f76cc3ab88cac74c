// The SLA clocks a case runs, from its pinned policy (RULES.md "Response and on-site times").
import type { CasePolicy, CasePriority, ServiceType, SlaClockName, SlaClockView, SlaEventV1 } from '@aftersales/contracts';
import { ESCALATION_LEVELS } from '@aftersales/contracts/values';
import { consumedMs, crossedAtMs, pausedMs, startClock, workingDaysToMs, type SlaClock } from '../sla';
import { newTrack, thresholdAtMs, type AlarmDating, type ClockTrack, type SlaAlarm } from './sla-alarms';

/** Service types that send a technician to the customer, and so run the on-site clock. */
export const ONSITE_SERVICE_TYPES: readonly ServiceType[] = ['repair_onsite', 'installation', 'maintenance'];

export interface ClockContext {
  policy: CasePolicy;
  serviceType: ServiceType;
  /** Learnt when a technician is assigned; unknown counts as within the radius. */
  siteDistanceKm: number | null;
  /** Learnt when a technician is assigned; unknown counts as in the province. */
  outOfProvince?: boolean;
}

/** The budget of a clock for a priority: elapsed ms for acknowledgement and on-site, working ms for resolution. */
export function budgetFor(name: SlaClockName, ctx: ClockContext, priority: CasePriority): number {
  const budgets = ctx.policy.budgets[priority];
  if (name === 'acknowledge') return budgets.acknowledgeMs;
  if (name === 'onsite') return onsiteBudget(ctx, budgets.onsiteMs);
  return workingDaysToMs(ctx.policy.calendar, budgets.resolutionWorkingDays);
}

/**
 * RULES.md: within the radius the on-site budget is the priority's; beyond it, longer. The policy's
 * province variant sets one budget in the site's province and another outside it instead.
 */
function onsiteBudget(ctx: ClockContext, withinRadiusMs: number): number {
  const { policy } = ctx;
  if (policy.onsiteBasis === 'province' && policy.onsiteInProvinceMs !== undefined && policy.onsiteOutOfProvinceMs !== undefined) {
    return ctx.outOfProvince ? policy.onsiteOutOfProvinceMs : policy.onsiteInProvinceMs;
  }
  const far = ctx.siteDistanceKm !== null && ctx.siteDistanceKm > policy.onsiteRadiusKm;
  return far ? policy.onsiteBeyondRadiusMs : withinRadiusMs;
}

/** The clocks that start when the case is received. */
export function openingTracks(ctx: ClockContext, priority: CasePriority, receivedAtMs: number): ClockTrack[] {
  const names: SlaClockName[] = ONSITE_SERVICE_TYPES.includes(ctx.serviceType) ? ['acknowledge', 'onsite', 'resolution'] : ['acknowledge', 'resolution'];
  return names.map((name) =>
    newTrack(
      startClock({
        name,
        basis: name === 'resolution' ? 'working' : 'elapsed',
        budgetMs: budgetFor(name, ctx, priority),
        calendar: name === 'resolution' ? ctx.policy.calendar : null,
        nowMs: receivedAtMs,
      }),
    ),
  );
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function clockView(track: ClockTrack, nowMs: number): SlaClockView {
  const clock: SlaClock = track.clock;
  const stopped = clock.stoppedAtMs !== null;
  const paused = !stopped && clock.segments.at(-1)?.state === 'paused';
  return {
    name: clock.name as SlaClockName,
    basis: clock.basis,
    budgetMs: clock.budgetMs,
    consumedMs: consumedMs(clock, nowMs),
    pausedMs: pausedMs(clock, nowMs),
    // A breached clock shows the deadline it passed, not the moment it is asked.
    deadline: iso(crossedAtMs(clock, 1, nowMs)),
    state: stopped ? 'met' : track.breachedAtMs !== null ? 'breached' : paused ? 'paused' : 'running',
    escalationLevel: track.escalationLevel > 0 ? ESCALATION_LEVELS[track.escalationLevel - 1] : null,
    escalationHeldBy: track.heldBy,
    segments: clock.segments.map((s) => ({ state: s.state, from: new Date(s.fromMs).toISOString(), to: iso(s.toMs), reason: s.reason })),
  };
}

/** A timeline entry for intake to store and publish. */
export function slaEvent(
  caseNo: string,
  track: ClockTrack,
  kind: SlaEventV1['kind'],
  nowMs: number,
  extra: { key?: string; alarm?: SlaAlarm; reason?: string; priority?: CasePriority; dating?: AlarmDating } = {},
): SlaEventV1 {
  const { alarm } = extra;
  return {
    caseNo,
    clock: track.clock.name as SlaClockName,
    kind,
    key: extra.key ?? alarm?.key ?? `${kind}:${nowMs}`,
    ...(alarm?.fraction !== undefined ? { fraction: alarm.fraction } : {}),
    ...(alarm?.level ? { level: alarm.level } : {}),
    ...(extra.reason ? { reason: extra.reason } : {}),
    ...(extra.priority ? { priority: extra.priority } : {}),
    // Not an alarm: the deadline as the clock's view shows it ('when-noticed': now for an overdue clock,
    // in cases started before caseWorkflowV2).
    dueAt: iso(alarm ? alarm.dueAtMs : thresholdAtMs(track.clock, 1, nowMs, extra.dating ?? 'when-crossed')),
    occurredAt: new Date(nowMs).toISOString(),
    consumedMs: Math.round(consumedMs(track.clock, nowMs)),
    budgetMs: Math.round(track.clock.budgetMs),
  };
}
