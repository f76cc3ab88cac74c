import {
  changeBudget,
  changeCalendar,
  consumedMs,
  crossedAtMs,
  deadlineMs,
  instantAtFraction,
  pauseClock,
  pausedMs,
  resumeClock,
  startClock,
  stopClock,
  type SlaBasis,
  type SlaClock,
} from './sla-clock';
import { addWorkingMs, workingDaysToMs, type WorkingCalendar } from './working-calendar';
import { CN_ZJ } from './cn-zj.calendar.fixture';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const THREE_WORKING_DAYS = workingDaysToMs(CN_ZJ, 3); // 27 h at 9 h a day

/** Shanghai wall-clock time 'YYYY-MM-DD HH:MM' to epoch ms. */
const at = (local: string): number => Date.parse(`${local.replace(' ', 'T')}:00+08:00`);
/** Epoch ms (or null) to Shanghai wall-clock time, so failures read like the table. */
const show = (ms: number | null): string | null => (ms === null ? null : new Date(ms + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' '));

const resolution = (start: string, budgetMs = THREE_WORKING_DAYS): SlaClock =>
  startClock({ name: 'resolution', basis: 'working', budgetMs, calendar: CN_ZJ, nowMs: at(start) });
const onsite = (start: string, budgetMs = 24 * HOUR): SlaClock =>
  startClock({ name: 'onsite', basis: 'elapsed', budgetMs, calendar: null, nowMs: at(start) });

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('startClock', () => {
  it('opens a single running segment and has consumed nothing', () => {
    const clock = resolution('2026-11-23 10:00');
    expect(clock).toEqual({
      name: 'resolution',
      basis: 'working',
      budgetMs: 27 * HOUR,
      calendar: CN_ZJ,
      segments: [{ state: 'running', fromMs: at('2026-11-23 10:00'), toMs: null, reason: 'started' }],
      stoppedAtMs: null,
    });
    expect(consumedMs(clock, at('2026-11-23 10:00'))).toBe(0);
    expect(pausedMs(clock, at('2026-11-23 10:00'))).toBe(0);
  });

  it.each([
    ['a negative budget', { budgetMs: -1 }, /budget/],
    ['a budget that is not a number', { budgetMs: Number.NaN }, /budget/],
    ['a working basis without a calendar', { calendar: null }, /needs a working calendar/],
    ['a malformed calendar', { calendar: { ...CN_ZJ, workdayEnd: '07:00' } }, /must be after/],
    ['an unknown basis', { basis: 'business' as SlaBasis }, /basis/],
    ['a start time that is not a number', { nowMs: Number.NaN }, /nowMs/],
  ])('refuses %s', (_what, change, message) => {
    const input = { name: 'resolution', basis: 'working' as SlaBasis, budgetMs: HOUR, calendar: CN_ZJ, nowMs: at('2026-11-23 10:00'), ...change };
    expect(() => startClock(input)).toThrow(message);
  });
});

describe('deadlines of a clock left running', () => {
  it.each([
    ['acknowledge 24 h elapsed from Friday 20:00 ignores the weekend', 'elapsed', 24 * HOUR, '2026-11-27 20:00', '2026-11-28 20:00'],
    ['resolution 3 working days from Monday 10:00 ends Thursday 10:00', 'working', THREE_WORKING_DAYS, '2026-11-23 10:00', '2026-11-26 10:00'],
    ['from Friday 16:00 the clock continues Monday and ends Wednesday 16:00', 'working', THREE_WORKING_DAYS, '2026-11-27 16:00', '2026-12-02 16:00'],
    ['from Monday 20:00 the clock starts Tuesday morning and ends Thursday 17:30', 'working', THREE_WORKING_DAYS, '2026-11-23 20:00', '2026-11-26 17:30'],
    ['across National Day the clock skips 10-01..07 and ends on make-up Saturday 10-10', 'working', THREE_WORKING_DAYS, '2026-09-30 16:00', '2026-10-10 16:00'],
    ['from Friday 09-25 16:00 make-up Sunday 09-27 counts', 'working', THREE_WORKING_DAYS, '2026-09-25 16:00', '2026-09-29 16:00'],
    ['a zero budget is due at once', 'elapsed', 0, '2026-11-23 10:00', '2026-11-23 10:00'],
  ] as const)('%s', (_what, basis, budgetMs, start, expected) => {
    const clock = startClock({ name: 'sla', basis, budgetMs, calendar: basis === 'working' ? CN_ZJ : null, nowMs: at(start) });
    expect(show(deadlineMs(clock, at(start)))).toBe(expected);
  });

  it.each(['2026-11-23 10:00', '2026-11-23 13:17', '2026-11-23 23:00', '2026-11-24 08:30', '2026-11-26 09:59'])(
    'does not move when asked again at %s',
    (now) => {
      expect(show(deadlineMs(resolution('2026-11-23 10:00'), at(now)))).toBe('2026-11-26 10:00');
    },
  );

  it('is now once the budget is used up (breached)', () => {
    const clock = resolution('2026-11-23 10:00');
    expect(deadlineMs(clock, at('2026-11-27 11:00'))).toBe(at('2026-11-27 11:00'));
    expect(consumedMs(clock, at('2026-11-27 11:00'))).toBe(37 * HOUR); // 7.5 + 9 + 9 + 9 + 2.5
  });
});

describe('pausing and resuming', () => {
  it('a pause of 2 working hours moves the working deadline by exactly 2 working hours', () => {
    const running = resolution('2026-11-23 10:00');
    const paused = pauseClock(running, at('2026-11-23 11:00'), 'waiting for customer');
    const resumed = resumeClock(paused, at('2026-11-23 13:00'), 'customer replied');
    const before = deadlineMs(running, at('2026-11-23 10:00'));
    expect(show(deadlineMs(resumed, at('2026-11-23 13:00')))).toBe('2026-11-26 12:00');
    expect(deadlineMs(resumed, at('2026-11-23 13:00'))).toBe(addWorkingMs(CN_ZJ, before ?? 0, 2 * HOUR));
    expect(pausedMs(resumed, at('2026-11-23 13:00'))).toBe(2 * HOUR);
    expect(consumedMs(resumed, at('2026-11-23 13:00'))).toBe(HOUR);
  });

  it('a pause over a weekend credits only the working hours inside it', () => {
    const running = resolution('2026-11-27 10:00');
    expect(show(deadlineMs(running, at('2026-11-27 10:00')))).toBe('2026-12-02 10:00');
    const paused = pauseClock(running, at('2026-11-27 16:00'), 'waiting for parts');
    const resumed = resumeClock(paused, at('2026-11-30 10:00'), 'parts arrived');
    // 66 h of wall-clock pause, but only Friday 16:00–17:30 and Monday 08:30–10:00 were working time.
    expect(pausedMs(resumed, at('2026-11-30 10:00'))).toBe(3 * HOUR);
    expect(consumedMs(resumed, at('2026-11-30 10:00'))).toBe(6 * HOUR);
    expect(show(deadlineMs(resumed, at('2026-11-30 10:00')))).toBe('2026-12-02 13:00');
  });

  it('an elapsed-basis pause of 90 minutes moves the deadline by exactly 90 minutes', () => {
    const running = onsite('2026-11-23 10:00');
    const resumed = resumeClock(pauseClock(running, at('2026-11-23 12:00'), 'customer not home'), at('2026-11-23 13:30'), 'customer back');
    expect(deadlineMs(resumed, at('2026-11-23 13:30'))).toBe((deadlineMs(running, at('2026-11-23 10:00')) ?? 0) + 90 * MINUTE);
    expect(show(deadlineMs(resumed, at('2026-11-23 13:30')))).toBe('2026-11-24 11:30');
    expect(pausedMs(resumed, at('2026-11-23 13:30'))).toBe(90 * MINUTE);
  });

  it('adds up several pauses and records each in the timeline', () => {
    let clock = onsite('2026-11-23 10:00');
    clock = pauseClock(clock, at('2026-11-23 11:00'), 'waiting for customer');
    clock = resumeClock(clock, at('2026-11-23 11:30'), 'customer replied');
    clock = pauseClock(clock, at('2026-11-23 15:00'), 'waiting for parts');
    clock = resumeClock(clock, at('2026-11-23 15:45'), 'parts arrived');
    expect(pausedMs(clock, at('2026-11-23 16:00'))).toBe(75 * MINUTE);
    expect(show(deadlineMs(clock, at('2026-11-23 16:00')))).toBe('2026-11-24 11:15');
    expect(clock.segments.map((s) => [s.state, show(s.fromMs), show(s.toMs), s.reason])).toEqual([
      ['running', '2026-11-23 10:00', '2026-11-23 11:00', 'started'],
      ['paused', '2026-11-23 11:00', '2026-11-23 11:30', 'waiting for customer'],
      ['running', '2026-11-23 11:30', '2026-11-23 15:00', 'customer replied'],
      ['paused', '2026-11-23 15:00', '2026-11-23 15:45', 'waiting for parts'],
      ['running', '2026-11-23 15:45', null, 'parts arrived'],
    ]);
  });

  it('freezes consumption while paused and has no deadline or warnings then', () => {
    const paused = pauseClock(resolution('2026-11-23 10:00'), at('2026-11-23 12:00'), 'waiting for parts');
    expect(consumedMs(paused, at('2026-11-23 12:00'))).toBe(2 * HOUR);
    expect(consumedMs(paused, at('2026-12-10 12:00'))).toBe(2 * HOUR);
    expect(pausedMs(paused, at('2026-11-24 12:00'))).toBe(9 * HOUR);
    expect(deadlineMs(paused, at('2026-11-24 12:00'))).toBeNull();
    expect(instantAtFraction(paused, 0.5, at('2026-11-24 12:00'))).toBeNull();
  });

  const running = (): SlaClock => onsite('2026-11-23 10:00');
  const paused = (): SlaClock => pauseClock(running(), at('2026-11-23 11:00'), 'waiting for customer');
  const stopped = (): SlaClock => stopClock(running(), at('2026-11-23 11:00'));
  const later = at('2026-11-23 12:00');
  it.each([
    ['pausing a paused clock', paused, (c: SlaClock) => pauseClock(c, later, 'again')],
    ['resuming a running clock', running, (c: SlaClock) => resumeClock(c, later, 'again')],
    ['pausing a stopped clock', stopped, (c: SlaClock) => pauseClock(c, later, 'too late')],
    ['resuming a stopped clock', stopped, (c: SlaClock) => resumeClock(c, later, 'too late')],
    ['stopping a stopped clock', stopped, (c: SlaClock) => stopClock(c, later)],
  ])('%s changes nothing, returning an equal new object', (_what, make, operation) => {
    const clock = make();
    const result = operation(clock);
    expect(result).toEqual(clock);
    expect(result).not.toBe(clock);
  });
});

describe('stopping', () => {
  it('closes the running segment, freezes consumption and drops the deadline', () => {
    const stopped = stopClock(onsite('2026-11-23 10:00'), at('2026-11-23 14:00'));
    expect(stopped.stoppedAtMs).toBe(at('2026-11-23 14:00'));
    expect(stopped.segments).toEqual([{ state: 'running', fromMs: at('2026-11-23 10:00'), toMs: at('2026-11-23 14:00'), reason: 'started' }]);
    expect(consumedMs(stopped, at('2026-11-25 10:00'))).toBe(4 * HOUR);
    expect(deadlineMs(stopped, at('2026-11-23 14:00'))).toBeNull();
  });

  it('closes a paused segment without counting it as consumed', () => {
    const paused = pauseClock(onsite('2026-11-23 10:00'), at('2026-11-23 11:00'), 'waiting for customer');
    const stopped = stopClock(paused, at('2026-11-23 15:00'));
    expect(stopped.segments.map((s) => [s.state, s.toMs])).toEqual([['running', at('2026-11-23 11:00')], ['paused', at('2026-11-23 15:00')]]);
    expect(consumedMs(stopped, at('2026-11-24 10:00'))).toBe(HOUR);
    expect(pausedMs(stopped, at('2026-11-24 10:00'))).toBe(4 * HOUR);
  });
});

describe('warnings at budget thresholds', () => {
  it.each([
    [0, '2026-11-23 08:30'],
    [0.5, '2026-11-24 13:00'],
    [0.75, '2026-11-25 10:45'],
    [0.9, '2026-11-25 14:48'],
    [1, '2026-11-25 17:30'],
  ])('working basis, 3 working days from Monday 08:30: %p of the budget at %s', (fraction, expected) => {
    expect(show(instantAtFraction(resolution('2026-11-23 08:30'), fraction, at('2026-11-23 08:30')))).toBe(expected);
  });

  it.each([
    [0.5, '2026-11-23 22:00'],
    [0.75, '2026-11-24 04:00'],
    [0.9, '2026-11-24 07:36'],
    [1, '2026-11-24 10:00'],
  ])('elapsed basis, 24 h from Monday 10:00: %p of the budget at %s', (fraction, expected) => {
    expect(show(instantAtFraction(onsite('2026-11-23 10:00'), fraction, at('2026-11-23 10:00')))).toBe(expected);
  });

  it('returns now for a threshold already passed, and the future instant for the next one', () => {
    const clock = resolution('2026-11-23 08:30');
    const now = at('2026-11-24 14:00'); // 14.5 working hours consumed
    expect(instantAtFraction(clock, 0.5, now)).toBe(now);
    expect(show(instantAtFraction(clock, 0.75, now))).toBe('2026-11-25 10:45');
  });

  it('shifts every threshold by a pause', () => {
    const clock = resumeClock(pauseClock(onsite('2026-11-23 10:00'), at('2026-11-23 11:00'), 'waiting for customer'), at('2026-11-23 12:00'), 'back');
    expect(show(instantAtFraction(clock, 0.5, at('2026-11-23 12:00')))).toBe('2026-11-23 23:00');
    expect(show(instantAtFraction(clock, 0.9, at('2026-11-23 12:00')))).toBe('2026-11-24 08:36');
  });

  it('dates a threshold passed unnoticed at the instant it was passed, on either basis', () => {
    const now = at('2026-11-24 14:00'); // 14.5 working hours of 27 consumed
    expect(show(crossedAtMs(resolution('2026-11-23 08:30'), 0.5, now))).toBe('2026-11-24 13:00');
    expect(show(crossedAtMs(onsite('2026-11-23 10:00'), 1, at('2026-11-24 10:25')))).toBe('2026-11-24 10:00');
    // Not yet passed: the same future instant as instantAtFraction.
    expect(show(crossedAtMs(resolution('2026-11-23 08:30'), 0.75, now))).toBe('2026-11-25 10:45');
  });

  it('dates it after a pause by the time that ran, and answers now when it was passed before the clock resumed', () => {
    const paused = resumeClock(pauseClock(onsite('2026-11-23 10:00'), at('2026-11-23 11:00'), 'waiting for customer'), at('2026-11-23 12:00'), 'back');
    expect(show(crossedAtMs(paused, 1, at('2026-11-24 12:00')))).toBe('2026-11-24 11:00');
    // 2 h consumed before a pause; the budget is cut to 1 h while paused; resumed: over budget from the start.
    const cut = changeBudget(pauseClock(onsite('2026-11-23 10:00', 4 * HOUR), at('2026-11-23 12:00'), 'waiting for customer'), HOUR);
    const resumed = resumeClock(cut, at('2026-11-23 13:00'), 'back');
    expect(crossedAtMs(resumed, 1, at('2026-11-23 13:30'))).toBe(at('2026-11-23 13:30'));
    expect(crossedAtMs(pauseClock(resumed, at('2026-11-23 13:30'), 'again'), 1, at('2026-11-23 14:00'))).toBeNull();
  });

  it.each([-0.1, 1.1, Number.NaN])('refuses the fraction %p', (fraction) => {
    expect(() => instantAtFraction(onsite('2026-11-23 10:00'), fraction, at('2026-11-23 10:00'))).toThrow(/fraction/);
  });
});

describe('changeBudget (priority or policy change mid-case)', () => {
  it.each([
    ['24 h → 8 h after 5 h leaves 3 h', 24, 5, 8, 3],
    ['24 h → 8 h after 10 h is already breached: due now', 24, 10, 8, 0],
    ['8 h → 24 h after 5 h leaves 19 h', 8, 5, 24, 19],
    ['24 h → 24 h after 5 h leaves 19 h (no restart)', 24, 5, 24, 19],
  ])('elapsed basis: %s', (_what, fromHours, consumedHours, toHours, leftHours) => {
    const now = at('2026-11-23 10:00') + consumedHours * HOUR;
    const changed = changeBudget(onsite('2026-11-23 10:00', fromHours * HOUR), toHours * HOUR);
    expect(consumedMs(changed, now)).toBe(consumedHours * HOUR);
    expect(deadlineMs(changed, now)).toBe(now + leftHours * HOUR);
  });

  it('working basis: 3 working days → 1 working day after 4 working hours leaves 5 working hours', () => {
    const changed = changeBudget(resolution('2026-11-23 08:30'), workingDaysToMs(CN_ZJ, 1));
    expect(show(deadlineMs(changed, at('2026-11-23 12:30')))).toBe('2026-11-23 17:30');
  });

  it('keeps the timeline and a pause as they are', () => {
    const paused = pauseClock(onsite('2026-11-23 10:00'), at('2026-11-23 12:00'), 'waiting for parts');
    const changed = changeBudget(paused, 8 * HOUR);
    expect(changed.segments).toEqual(paused.segments);
    expect(deadlineMs(changed, at('2026-11-23 13:00'))).toBeNull();
    expect(show(deadlineMs(resumeClock(changed, at('2026-11-23 14:00'), 'parts arrived'), at('2026-11-23 14:00')))).toBe('2026-11-23 20:00');
  });

  it('refuses a negative budget', () => {
    expect(() => changeBudget(onsite('2026-11-23 10:00'), -HOUR)).toThrow(/budget/);
  });
});

describe('changeCalendar (region holiday change re-targets open cases)', () => {
  it('a holiday added for tomorrow moves the deadline one working day later', () => {
    const clock = resolution('2026-11-23 10:00');
    const now = at('2026-11-23 12:00');
    const changed = changeCalendar(clock, { ...CN_ZJ, version: '2026.2', holidays: [...CN_ZJ.holidays, '2026-11-24'] });
    expect(show(deadlineMs(clock, now))).toBe('2026-11-26 10:00');
    expect(show(deadlineMs(changed, now))).toBe('2026-11-27 10:00');
    expect(consumedMs(changed, now)).toBe(2 * HOUR);
    expect(changed.calendar?.version).toBe('2026.2');
  });

  it('a holiday withdrawn moves the deadline earlier', () => {
    const clock = resolution('2026-09-30 16:00');
    const withdrawn = { ...CN_ZJ, version: '2026.2', holidays: CN_ZJ.holidays.filter((d) => d !== '2026-10-07') };
    expect(show(deadlineMs(changeCalendar(clock, withdrawn), at('2026-09-30 17:00')))).toBe('2026-10-09 16:00');
  });

  it('recomputes the consumption of the past on the new calendar', () => {
    const clock = resolution('2026-11-23 10:00');
    const now = at('2026-11-24 10:00');
    expect(consumedMs(clock, now)).toBe(9 * HOUR);
    const changed = changeCalendar(clock, { ...CN_ZJ, version: '2026.2', holidays: ['2026-11-23'] });
    expect(consumedMs(changed, now)).toBe(1.5 * HOUR);
    expect(show(deadlineMs(changed, now))).toBe('2026-11-26 17:30');
  });

  it('does not share the calendar it was given', () => {
    const next: WorkingCalendar = { ...CN_ZJ, version: '2026.2', holidays: [...CN_ZJ.holidays] };
    const changed = changeCalendar(resolution('2026-11-23 10:00'), next);
    next.holidays.push('2026-11-24');
    expect(show(deadlineMs(changed, at('2026-11-23 12:00')))).toBe('2026-11-26 10:00');
  });

  it('refuses a malformed calendar', () => {
    expect(() => changeCalendar(resolution('2026-11-23 10:00'), { ...CN_ZJ, holidays: ['2026-11-31'] })).toThrow(/existing date/);
  });
});

describe('purity and input checks', () => {
  it('never mutates its inputs', () => {
    const clock = deepFreeze(pauseClock(resolution('2026-11-23 10:00'), at('2026-11-23 11:00'), 'waiting for parts'));
    const snapshot = JSON.stringify(clock);
    const results = [
      resumeClock(clock, at('2026-11-23 12:00'), 'parts arrived'),
      stopClock(clock, at('2026-11-23 12:00')),
      changeBudget(clock, HOUR),
      changeCalendar(clock, deepFreeze({ ...CN_ZJ, version: '2026.2' })),
    ];
    expect(JSON.stringify(clock)).toBe(snapshot);
    for (const result of results) {
      expect(result.segments).not.toBe(clock.segments);
      expect(result.segments[0]).not.toBe(clock.segments[0]);
    }
  });

  const clock = (): SlaClock => resumeClock(pauseClock(onsite('2026-11-23 10:00'), at('2026-11-23 11:00'), 'wait'), at('2026-11-23 12:00'), 'back');
  const early = at('2026-11-23 11:59');
  it.each([
    ['pauseClock', (c: SlaClock) => pauseClock(c, early, 'wait')],
    ['resumeClock', (c: SlaClock) => resumeClock(c, early, 'back')],
    ['stopClock', (c: SlaClock) => stopClock(c, early)],
    ['consumedMs', (c: SlaClock) => consumedMs(c, early)],
    ['pausedMs', (c: SlaClock) => pausedMs(c, early)],
    ['instantAtFraction', (c: SlaClock) => instantAtFraction(c, 0.5, early)],
    ['deadlineMs', (c: SlaClock) => deadlineMs(c, early)],
  ])('%s refuses a time before the last segment started', (_name, operation) => {
    expect(() => operation(clock())).toThrow(/before the start of its last segment/);
  });
});
