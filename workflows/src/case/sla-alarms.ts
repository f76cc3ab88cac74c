// Which SLA alarms are due, and when the next one falls: pure, so the workflow stays a thin loop
// and the ladder rules are unit-tested without a server.
import { ESCALATION_LEVELS } from '@aftersales/contracts/values';
import type { EscalationLevelName, SlaClockName } from '@aftersales/contracts';
import { crossedAtMs, instantAtFraction, type SlaClock } from '../sla';

export interface ClockTrack {
  clock: SlaClock;
  /** Keys of alarms that have fired: `warning:0.5`, `breached`, `escalated:2`. Each fires once. */
  fired: string[];
  breachedAtMs: number | null;
  /** 0 = not escalated; n = ESCALATION_LEVELS[n - 1] reached. */
  escalationLevel: number;
  /** The staff id of the owner who acknowledged the current level: the ladder holds while set. */
  heldBy: string | null;
  /** When the budget or calendar last changed: a threshold it moved into the past is crossed then, not before. */
  retargetedAtMs?: number;
}

export interface SlaAlarm {
  clock: SlaClockName;
  key: string;
  kind: 'warning' | 'breached' | 'escalated';
  fraction?: number;
  level?: EscalationLevelName;
  dueAtMs: number;
}

export interface LadderPolicy {
  warnAtFractions: number[];
  escalationStepMs: number;
}

export const newTrack = (clock: SlaClock): ClockTrack => ({ clock, fired: [], breachedAtMs: null, escalationLevel: 0, heldBy: null });

const isRunning = (track: ClockTrack): boolean =>
  track.clock.stoppedAtMs === null && track.clock.segments.at(-1)?.state === 'running';

/**
 * How an alarm whose threshold has passed is dated: `when-crossed`, at the instant the clock crossed it,
 * so a breach noticed late keeps its deadline and its ladder counts from there; `when-noticed`, at the
 * moment the workflow saw it (cases started before `alarm-dating-when-crossed`).
 */
export type AlarmDating = 'when-crossed' | 'when-noticed';

/**
 * The instant the clock reaches `fraction` of its budget, dated as `dating` says: a threshold already
 * passed answers when it was crossed, or now. Null while the clock is paused or stopped.
 */
export function thresholdAtMs(clock: SlaClock, fraction: number, nowMs: number, dating: AlarmDating): number | null {
  return dating === 'when-crossed' ? crossedAtMs(clock, fraction, nowMs) : instantAtFraction(clock, fraction, nowMs);
}

/** The alarms of one clock that have not fired, each with the instant it falls due if nothing changes. */
export function pendingAlarms(track: ClockTrack, policy: LadderPolicy, nowMs: number, dating: AlarmDating = 'when-crossed'): SlaAlarm[] {
  if (!isRunning(track)) return [];
  const name = track.clock.name as SlaClockName;
  // A threshold a retarget moved into the past is crossed at the retarget, not before it.
  const instant = (clock: SlaClock, fraction: number, at: number): number | null => {
    const crossed = thresholdAtMs(clock, fraction, at, dating);
    return crossed === null || dating === 'when-noticed' ? crossed : Math.max(crossed, track.retargetedAtMs ?? crossed);
  };
  const alarms: SlaAlarm[] = [];
  for (const fraction of [...policy.warnAtFractions].sort((a, b) => a - b)) {
    const key = `warning:${fraction}`;
    const due = instant(track.clock, fraction, nowMs);
    if (!track.fired.includes(key) && due !== null) alarms.push({ clock: name, key, kind: 'warning', fraction, dueAtMs: due });
  }
  const deadline = instant(track.clock, 1, nowMs);
  if (!track.fired.includes('breached') && deadline !== null) alarms.push({ clock: name, key: 'breached', kind: 'breached', dueAtMs: deadline });
  const next = track.escalationLevel + 1;
  if (track.heldBy === null && next <= ESCALATION_LEVELS.length) {
    // The first level is called at the breach itself, each further one a step later.
    const breachedAt = track.breachedAtMs ?? deadline;
    if (breachedAt !== null) {
      alarms.push({ clock: name, key: `escalated:${next}`, kind: 'escalated', level: ESCALATION_LEVELS[next - 1], dueAtMs: breachedAt + (next - 1) * policy.escalationStepMs });
    }
  }
  return alarms;
}

/** Alarms due at `nowMs`, in the order they fell due; a breach always precedes its escalation. */
export function dueAlarms(tracks: ClockTrack[], policy: LadderPolicy, nowMs: number, dating: AlarmDating = 'when-crossed'): SlaAlarm[] {
  return tracks
    .flatMap((t) => pendingAlarms(t, policy, nowMs, dating))
    .filter((a) => a.dueAtMs <= nowMs)
    .sort((a, b) => a.dueAtMs - b.dueAtMs || rank(a) - rank(b));
}

/** The earliest instant any clock needs the workflow awake, or null when nothing is pending. */
export function nextAlarmMs(tracks: ClockTrack[], policy: LadderPolicy, nowMs: number, dating: AlarmDating = 'when-crossed'): number | null {
  const instants = tracks.flatMap((t) => pendingAlarms(t, policy, nowMs, dating)).map((a) => a.dueAtMs);
  return instants.length ? Math.min(...instants) : null;
}

/** The track after an alarm fired. Escalation only climbs after the breach, one level per alarm. */
export function afterAlarm(track: ClockTrack, alarm: SlaAlarm): ClockTrack {
  const fired = [...track.fired, alarm.key];
  if (alarm.kind === 'breached') return { ...track, fired, breachedAtMs: alarm.dueAtMs };
  if (alarm.kind === 'escalated') return { ...track, fired, escalationLevel: track.escalationLevel + 1 };
  return { ...track, fired };
}

const rank = (a: SlaAlarm): number => (a.kind === 'warning' ? 0 : a.kind === 'breached' ? 1 : 2);
