import { changeBudget, startClock } from '../sla';
import { afterAlarm, dueAlarms, newTrack, type AlarmDating, type ClockTrack } from './sla-alarms';

const MINUTE = 60_000;
const START = Date.parse('2026-11-23T10:00:00+08:00');
const DEADLINE = START + 60 * MINUTE;
const LADDER = { warnAtFractions: [0.5], escalationStepMs: 20 * MINUTE };

/** Fires every alarm due at `nowMs`, as the workflow's loop does: the keys with their due times (minutes after the start). */
function fireDue(dating: AlarmDating, nowMs: number, from?: ClockTrack): { fired: [string, number][]; track: ClockTrack } {
  let track = from ?? newTrack(startClock({ name: 'onsite', basis: 'elapsed', budgetMs: 60 * MINUTE, calendar: null, nowMs: START }));
  const fired: [string, number][] = [];
  for (let due = dueAlarms([track], LADDER, nowMs, dating); due.length > 0; due = dueAlarms([track], LADDER, nowMs, dating)) {
    fired.push([due[0].key, (due[0].dueAtMs - START) / MINUTE]);
    track = afterAlarm(track, due[0]);
  }
  return { fired, track };
}

describe('SLA alarms noticed late (the worker was down or behind)', () => {
  it('keep the instants their thresholds were crossed, and the ladder counts from the deadline', () => {
    // Noticed 50 minutes after the deadline: the breach is dated at it, the first two steps have fallen due since.
    const { fired, track } = fireDue('when-crossed', DEADLINE + 50 * MINUTE);
    expect(fired).toEqual([
      ['warning:0.5', 30],
      ['breached', 60],
      ['escalated:1', 60],
      ['escalated:2', 80],
      ['escalated:3', 100],
    ]);
    expect(track.breachedAtMs).toBe(DEADLINE);
    expect(dueAlarms([track], LADDER, DEADLINE + 60 * MINUTE, 'when-crossed').map((a) => [a.key, (a.dueAtMs - START) / MINUTE])).toEqual([['escalated:4', 120]]);
  });

  it('were dated when noticed in cases started before the change, their ladder counting from then', () => {
    const noticed = DEADLINE + 50 * MINUTE;
    const { fired, track } = fireDue('when-noticed', noticed);
    expect(fired).toEqual([
      ['warning:0.5', 110],
      ['breached', 110],
      ['escalated:1', 110],
    ]);
    expect(track.breachedAtMs).toBe(noticed);
  });

  it('are crossed no earlier than a budget cut that moved them into the past', () => {
    // 50 minutes into a 60-minute budget the priority cuts it to 30: breached by the cut, not 20 minutes before it.
    const cutAt = START + 50 * MINUTE;
    const track = newTrack(startClock({ name: 'onsite', basis: 'elapsed', budgetMs: 60 * MINUTE, calendar: null, nowMs: START }));
    const cut: ClockTrack = { ...track, fired: ['warning:0.5'], clock: changeBudget(track.clock, 30 * MINUTE), retargetedAtMs: cutAt };
    expect(fireDue('when-crossed', cutAt, cut).fired).toEqual([
      ['breached', 50],
      ['escalated:1', 50],
    ]);
  });

  it('fire at their instants when noticed on time, whichever the dating', () => {
    for (const dating of ['when-crossed', 'when-noticed'] as const) {
      const warned = fireDue(dating, START + 30 * MINUTE);
      expect(warned.fired).toEqual([['warning:0.5', 30]]);
      expect(fireDue(dating, DEADLINE, warned.track).fired).toEqual([
        ['breached', 60],
        ['escalated:1', 60],
      ]);
    }
  });
});
