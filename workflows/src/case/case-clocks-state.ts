// The SLA state of one case: its clock tracks, the timeline entries waiting to be recorded, and every
// change people or events make to the clocks. Deterministic: times come from the workflow's clock.
import { ApplicationFailure } from '@temporalio/workflow';
import { ESCALATION_LEVELS, PAUSE_REASONS } from '@aftersales/contracts/values';
import type { CasePriority, SlaClockName, SlaClockView, SlaEventV1, WorkingCalendarPolicy } from '@aftersales/contracts';
import { changeBudget, changeCalendar, pauseClock, resumeClock, stopClock } from '../sla';
import { budgetFor, clockView, openingTracks, slaEvent, type ClockContext } from './case-clocks';
import { afterAlarm, dueAlarms, nextAlarmMs, type AlarmDating, type ClockTrack, type SlaAlarm } from './sla-alarms';

const refuse = (message: string): never => {
  throw ApplicationFailure.nonRetryable(message, 'INVALID_TRANSITION');
};

export class CaseClocks {
  /** Timeline entries made by handlers, recorded by the workflow's main loop. */
  readonly toRecord: SlaEventV1[] = [];
  /** Bumped on every clock change, so the workflow's main loop re-plans its next wake-up. */
  private changeCount = 0;
  private tracks: ClockTrack[];
  private sequence = 0;

  constructor(
    private readonly caseNo: string,
    private readonly ctx: ClockContext,
    priority: CasePriority,
    receivedAtMs: number,
    private readonly dating: AlarmDating = 'when-crossed',
    /** How entries other than alarms (met, paused, retargeted …) date an overdue clock's deadline. */
    private readonly timelineDating: AlarmDating = 'when-crossed',
  ) {
    this.tracks = openingTracks(ctx, priority, receivedAtMs);
  }

  get changes(): number {
    return this.changeCount;
  }

  views(): SlaClockView[] {
    return this.tracks.map((t) => clockView(t, Date.now()));
  }

  get breached(): boolean {
    return this.tracks.some((t) => t.breachedAtMs !== null);
  }

  get escalationLevel(): number {
    return Math.max(0, ...this.tracks.map((t) => t.escalationLevel));
  }

  /** A clock met its target: stop it; a breached one de-escalates. */
  meet(name: SlaClockName): void {
    const track = this.trackOf(name);
    if (!track || track.clock.stoppedAtMs !== null) return;
    const met: ClockTrack = { ...track, clock: stopClock(track.clock, Date.now()) };
    this.note(met, 'met');
    if (track.escalationLevel > 0) this.note(met, 'de-escalated');
    this.replace({ ...met, escalationLevel: 0, heldBy: null });
  }

  /** The on-site budget depends on where the assigned technician comes from: known once assigned. */
  learnSite(site: { distanceKm: number; outOfProvince?: boolean }, priority: CasePriority): void {
    this.ctx.siteDistanceKm = site.distanceKm;
    this.ctx.outOfProvince = site.outOfProvince;
    const track = this.trackOf('onsite');
    if (!track || track.clock.stoppedAtMs !== null) return;
    const budget = budgetFor('onsite', this.ctx, priority);
    if (budget === track.clock.budgetMs) return;
    const reason = this.ctx.policy.onsiteBasis === 'province' ? (site.outOfProvince ? 'out_of_province' : 'in_province') : `distance_km:${Math.round(site.distanceKm)}`;
    this.retarget(track, changeBudget(track.clock, budget), { reason });
  }

  /** A new version of a working calendar: working-time clocks on it recompute and move their deadlines. */
  changeCalendar(calendar: WorkingCalendarPolicy): void {
    for (const track of this.tracks) {
      const current = track.clock.calendar;
      if (track.clock.basis !== 'working' || track.clock.stoppedAtMs !== null || !current) continue;
      if (current.id !== calendar.id || current.version === calendar.version) continue;
      this.retarget(track, changeCalendar(track.clock, calendar), { reason: `calendar_changed:${calendar.version}` });
    }
  }

  /** The consumed budget carries over: only the budget of each running clock changes. */
  changePriority(priority: CasePriority): void {
    for (const track of this.tracks.filter((t) => t.clock.stoppedAtMs === null)) {
      this.retarget(track, changeBudget(track.clock, budgetFor(track.clock.name as SlaClockName, this.ctx, priority)), { priority });
    }
  }

  validatePause(clock: SlaClockName, reason: string, pauseForParts: boolean): void {
    if (!(PAUSE_REASONS as readonly string[]).includes(reason)) refuse(`unknown pause reason ${reason}`);
    if (this.stateOf(this.requireClock(clock)) === 'paused') refuse(`the ${clock} clock is paused already`);
    if (reason === 'waiting_for_parts' && !(clock === 'resolution' && pauseForParts)) refuse(`the policy does not pause the ${clock} clock for parts`);
  }

  pause(clock: SlaClockName, reason: string): void {
    const track = this.requireClock(clock);
    const paused = { ...track, clock: pauseClock(track.clock, Date.now(), reason) };
    this.note(paused, 'paused', { reason });
    this.replace(paused);
  }

  validateResume(clock: SlaClockName): void {
    if (this.stateOf(this.requireClock(clock)) !== 'paused') refuse(`the ${clock} clock is not paused`);
  }

  resume(clock: SlaClockName): void {
    const track = this.requireClock(clock);
    const resumed = { ...track, clock: resumeClock(track.clock, Date.now(), 'resumed') };
    this.note(resumed, 'resumed');
    this.replace(resumed);
  }

  validateHold(clock: SlaClockName, level: string): void {
    const track = this.requireClock(clock);
    const reached = track.escalationLevel > 0 ? ESCALATION_LEVELS[track.escalationLevel - 1] : null;
    if (reached !== level) refuse(`the ${clock} clock is at escalation level ${reached ?? 'none'}, not ${level}`);
    if (track.heldBy !== null) refuse(`level ${level} is acknowledged already`);
  }

  /** The owner of the current level acknowledged it: the ladder holds. */
  hold(clock: SlaClockName, by: string): void {
    this.replace({ ...this.requireClock(clock), heldBy: by });
  }

  dueAlarms(policy: { warnAtFractions: number[]; escalationStepMs: number }): SlaAlarm[] {
    return dueAlarms(this.tracks, policy, Date.now(), this.dating);
  }

  nextAlarmMs(policy: { warnAtFractions: number[]; escalationStepMs: number }): number | null {
    return nextAlarmMs(this.tracks, policy, Date.now(), this.dating);
  }

  /** The timeline entry of an alarm, and the track as it stands once the alarm has fired. */
  fire(alarm: SlaAlarm): { entry: SlaEventV1; apply: () => void } | null {
    const track = this.trackOf(alarm.clock);
    if (!track) return null;
    const next = afterAlarm(track, alarm);
    return { entry: slaEvent(this.caseNo, next, alarm.kind, Date.now(), { alarm }), apply: () => this.replace(next) };
  }

  /** Fires the alarm at once, its entry queued with the others to be recorded together (caseWorkflowV3). */
  fireAndQueue(alarm: SlaAlarm): boolean {
    const fired = this.fire(alarm);
    if (!fired) return false;
    fired.apply();
    this.toRecord.push(fired.entry);
    return true;
  }

  private requireClock(name: SlaClockName): ClockTrack {
    const track = this.trackOf(name);
    if (!track) return refuse(`this case has no ${name} clock`);
    if (track.clock.stoppedAtMs !== null) refuse(`the ${name} clock has stopped`);
    return track;
  }

  private stateOf(track: ClockTrack): 'running' | 'paused' | undefined {
    return track.clock.segments.at(-1)?.state;
  }

  private trackOf(name: SlaClockName): ClockTrack | undefined {
    return this.tracks.find((t) => t.clock.name === name);
  }

  private retarget(track: ClockTrack, clock: ClockTrack['clock'], extra: { reason?: string; priority?: CasePriority }): void {
    const retargeted = { ...track, clock, retargetedAtMs: Date.now() };
    this.note(retargeted, 'retargeted', extra);
    this.replace(retargeted);
  }

  private replace(next: ClockTrack): void {
    this.tracks = this.tracks.map((t) => (t.clock.name === next.clock.name ? next : t));
    this.changeCount += 1;
  }

  private note(track: ClockTrack, kind: SlaEventV1['kind'], extra: { reason?: string; priority?: CasePriority } = {}): void {
    this.sequence += 1;
    this.toRecord.push(slaEvent(this.caseNo, track, kind, Date.now(), { ...extra, key: `${track.clock.name}:${kind}:${this.sequence}`, dating: this.timelineDating }));
  }
}
