// SLA clocks as immutable values: a timeline of running and paused segments from which the consumed
// budget, the paused credit, warning instants and the deadline are derived on demand. Deriving
// rather than storing them is what lets a budget or calendar change carry the consumption over.
import { addWorkingMs, assertValidCalendar, workingMsBetween, type WorkingCalendar } from './working-calendar';

export type SlaBasis = 'elapsed' | 'working';

export interface SlaSegment {
  state: 'running' | 'paused';
  fromMs: number;
  toMs: number | null;
  reason: string;
}

export interface SlaClock {
  name: string; // e.g. 'acknowledge', 'onsite', 'resolution'
  basis: SlaBasis; // elapsed = wall-clock ms; working = only working time of the calendar counts
  budgetMs: number; // the allowed time, in ms of its basis
  calendar: WorkingCalendar | null; // required when basis = 'working'
  segments: SlaSegment[]; // the auditable timeline; exactly one open segment (toMs null) unless stopped
  stoppedAtMs: number | null; // set when the clock is met/stopped
}

const START_REASON = 'started';

function copyCalendar(calendar: WorkingCalendar | null): WorkingCalendar | null {
  if (!calendar) return null;
  return { ...calendar, weekendDays: [...calendar.weekendDays], holidays: [...calendar.holidays], makeUpWorkdays: [...calendar.makeUpWorkdays] };
}

/** A deep copy, so that no returned clock shares mutable state with an input. */
function copyClock(clock: SlaClock, changes: Partial<SlaClock> = {}): SlaClock {
  const copy: SlaClock = { ...clock, calendar: copyCalendar(clock.calendar), segments: clock.segments.map((s) => ({ ...s })) };
  return { ...copy, ...changes };
}

function assertBudget(budgetMs: number): void {
  if (typeof budgetMs !== 'number' || !Number.isFinite(budgetMs) || budgetMs < 0) {
    throw new Error(`an SLA budget must be a finite, non-negative number of ms, got ${String(budgetMs)}`);
  }
}

function assertBasis(basis: SlaBasis, calendar: WorkingCalendar | null): void {
  if (basis !== 'elapsed' && basis !== 'working') throw new Error(`an SLA basis is 'elapsed' or 'working', got '${String(basis)}'`);
  if (basis === 'working' && !calendar) throw new Error('a working-time SLA clock needs a working calendar');
  if (calendar) assertValidCalendar(calendar);
}

/** Refuses a time that is not a number or lies before the start of the clock's last segment. */
function assertNow(clock: SlaClock, nowMs: number): void {
  if (typeof nowMs !== 'number' || !Number.isFinite(nowMs)) throw new Error(`nowMs must be a finite number, got ${String(nowMs)}`);
  const last = clock.segments[clock.segments.length - 1];
  if (!last) throw new Error(`SLA clock '${clock.name}' has no segments`);
  if (nowMs < last.fromMs) {
    throw new Error(`SLA clock '${clock.name}': nowMs ${nowMs} is before the start of its last segment (${last.fromMs})`);
  }
}

function openSegment(clock: SlaClock): SlaSegment | null {
  const last = clock.segments[clock.segments.length - 1];
  return clock.stoppedAtMs === null && last && last.toMs === null ? last : null;
}

/** Closes the open segment at `nowMs` and opens one in `state`. */
function switchSegment(clock: SlaClock, nowMs: number, state: SlaSegment['state'], reason: string): SlaClock {
  const segments = clock.segments.map((s) => (s.toMs === null ? { ...s, toMs: nowMs } : { ...s }));
  return copyClock(clock, { segments: [...segments, { state, fromMs: nowMs, toMs: null, reason }] });
}

/** Time of [fromMs, toMs) in the clock's basis. */
function spanMs(clock: SlaClock, fromMs: number, toMs: number): number {
  if (clock.basis === 'elapsed') return Math.max(0, toMs - fromMs);
  if (!clock.calendar) throw new Error(`working-time SLA clock '${clock.name}' has no calendar`);
  return workingMsBetween(clock.calendar, fromMs, toMs);
}

function sumSegments(clock: SlaClock, state: SlaSegment['state'], nowMs: number): number {
  assertNow(clock, nowMs);
  return clock.segments
    .filter((s) => s.state === state)
    .reduce((total, s) => total + spanMs(clock, s.fromMs, s.toMs ?? nowMs), 0);
}

/** fraction * budget in whole ms, rounded up (the first ms at which it is reached), tolerant of float noise. */
function budgetShareMs(budgetMs: number, fraction: number): number {
  const exact = fraction * budgetMs;
  const nearest = Math.round(exact);
  return Math.abs(exact - nearest) < 1e-6 ? nearest : Math.ceil(exact);
}

export function startClock(input: { name: string; basis: SlaBasis; budgetMs: number; calendar: WorkingCalendar | null; nowMs: number }): SlaClock {
  assertBudget(input.budgetMs);
  assertBasis(input.basis, input.calendar);
  if (typeof input.nowMs !== 'number' || !Number.isFinite(input.nowMs)) throw new Error(`nowMs must be a finite number, got ${String(input.nowMs)}`);
  return {
    name: input.name,
    basis: input.basis,
    budgetMs: input.budgetMs,
    calendar: copyCalendar(input.calendar),
    segments: [{ state: 'running', fromMs: input.nowMs, toMs: null, reason: START_REASON }],
    stoppedAtMs: null,
  };
}

/** Pauses a running clock (waiting for the customer, for parts); a no-op if paused or stopped. */
export function pauseClock(clock: SlaClock, nowMs: number, reason: string): SlaClock {
  assertNow(clock, nowMs);
  if (openSegment(clock)?.state !== 'running') return copyClock(clock);
  return switchSegment(clock, nowMs, 'paused', reason);
}

/** Resumes a paused clock; a no-op if running or stopped. */
export function resumeClock(clock: SlaClock, nowMs: number, reason: string): SlaClock {
  assertNow(clock, nowMs);
  if (openSegment(clock)?.state !== 'paused') return copyClock(clock);
  return switchSegment(clock, nowMs, 'running', reason);
}

/** Stops the clock (the SLA is met or no longer applies); a no-op if already stopped. */
export function stopClock(clock: SlaClock, nowMs: number): SlaClock {
  assertNow(clock, nowMs);
  if (!openSegment(clock)) return copyClock(clock);
  const segments = clock.segments.map((s) => (s.toMs === null ? { ...s, toMs: nowMs } : { ...s }));
  return copyClock(clock, { segments, stoppedAtMs: nowMs });
}

/** Consumed budget so far: elapsed (or working) time of the running segments only. */
export function consumedMs(clock: SlaClock, nowMs: number): number {
  return sumSegments(clock, 'running', nowMs);
}

/** Paused time so far, in the clock's basis. */
export function pausedMs(clock: SlaClock, nowMs: number): number {
  return sumSegments(clock, 'paused', nowMs);
}

/**
 * Instant at which `fraction` (0..1, 1 = the deadline) of the budget is consumed if the clock keeps
 * running from now; null when paused or stopped. If that fraction is already consumed, returns nowMs.
 */
export function instantAtFraction(clock: SlaClock, fraction: number, nowMs: number): number | null {
  if (typeof fraction !== 'number' || !(fraction >= 0 && fraction <= 1)) throw new Error(`fraction must be between 0 and 1, got ${String(fraction)}`);
  assertNow(clock, nowMs);
  if (openSegment(clock)?.state !== 'running') return null;
  const remaining = budgetShareMs(clock.budgetMs, fraction) - consumedMs(clock, nowMs);
  if (remaining <= 0) return nowMs;
  return advance(clock, nowMs, remaining);
}

/** `fromMs` plus `ms` of the clock's basis. */
function advance(clock: SlaClock, fromMs: number, ms: number): number {
  if (clock.basis === 'elapsed') return fromMs + ms;
  if (!clock.calendar) throw new Error(`working-time SLA clock '${clock.name}' has no calendar`);
  return addWorkingMs(clock.calendar, fromMs, ms);
}

export function deadlineMs(clock: SlaClock, nowMs: number): number | null {
  return instantAtFraction(clock, 1, nowMs);
}

/**
 * Like `instantAtFraction`, but a threshold already passed while the clock ran in its current segment
 * answers the instant it was passed, not now: the breach of a case noticed late (its worker was down
 * or behind) is still dated at the deadline. A threshold passed before the segment began (the clock
 * resumed beyond it) answers now, as `instantAtFraction` does. The instant is computed on the current
 * budget: a caller that cuts the budget keeps the answer no earlier than the cut.
 */
export function crossedAtMs(clock: SlaClock, fraction: number, nowMs: number): number | null {
  const instant = instantAtFraction(clock, fraction, nowMs);
  const open = openSegment(clock);
  if (instant !== nowMs || !open) return instant;
  const needed = budgetShareMs(clock.budgetMs, fraction) - consumedMs(clock, open.fromMs);
  return needed <= 0 ? nowMs : Math.min(nowMs, advance(clock, open.fromMs, needed));
}

/** New budget (priority or policy change): the consumed time is kept, only the budget changes. */
export function changeBudget(clock: SlaClock, budgetMs: number): SlaClock {
  assertBudget(budgetMs);
  return copyClock(clock, { budgetMs });
}

/**
 * New calendar version for the region (holiday change): consumption is recomputed on the new
 * calendar, over the whole timeline, and the deadline re-targets. The segments are untouched.
 */
export function changeCalendar(clock: SlaClock, calendar: WorkingCalendar): SlaClock {
  assertValidCalendar(calendar);
  return copyClock(clock, { calendar: copyCalendar(calendar) });
}
