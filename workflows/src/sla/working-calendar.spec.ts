import {
  addWorkingMs,
  assertValidCalendar,
  isWorkingDay,
  localDateOf,
  workingDaysToMs,
  workingMsBetween,
  type WorkingCalendar,
} from './working-calendar';
import { CN_ZJ } from './cn-zj.calendar.fixture';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;


/** Shanghai wall-clock time 'YYYY-MM-DD HH:MM' to epoch ms. */
const at = (local: string): number => Date.parse(`${local.replace(' ', 'T')}:00+08:00`);
/** Epoch ms to Shanghai wall-clock time, so failures read like the table. */
const show = (ms: number): string => new Date(ms + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ');

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so failures reproduce. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Independent reference: walks local days one by one with nothing but the calendar's raw lists. */
function referenceWorkingMs(calendar: WorkingCalendar, fromMs: number, toMs: number): number {
  const offsetMs = calendar.utcOffsetMinutes * MINUTE;
  let total = 0;
  for (let localMidnight = Math.floor((fromMs + offsetMs) / DAY) * DAY; localMidnight - offsetMs < toMs; localMidnight += DAY) {
    const date = new Date(localMidnight).toISOString().slice(0, 10);
    const weekend = calendar.weekendDays.includes(new Date(localMidnight).getUTCDay());
    const working = !calendar.holidays.includes(date) && (calendar.makeUpWorkdays.includes(date) || !weekend);
    if (!working) continue;
    const start = localMidnight - offsetMs + minutesOf(calendar.workdayStart) * MINUTE;
    const end = localMidnight - offsetMs + minutesOf(calendar.workdayEnd) * MINUTE;
    total += Math.max(0, Math.min(end, toMs) - Math.max(start, fromMs));
  }
  return total;
}

describe('isWorkingDay on the 2026 Zhejiang calendar', () => {
  it.each([
    ['an ordinary Monday', '2026-11-23', true],
    ['an ordinary Friday', '2026-11-27', true],
    ['an ordinary Saturday', '2026-11-28', false],
    ['an ordinary Sunday', '2026-11-29', false],
    ['National Day on a Thursday', '2026-10-01', false],
    ['a National Day holiday on a Monday', '2026-10-05', false],
    ['the last National Day holiday (Wednesday)', '2026-10-07', false],
    ['the Thursday after National Day', '2026-10-08', true],
    ['make-up Sunday 2026-09-27', '2026-09-27', true],
    ['the Saturday before make-up Sunday', '2026-09-26', false],
    ['make-up Saturday 2026-10-10', '2026-10-10', true],
    ['the Sunday after make-up Saturday', '2026-10-11', false],
    ['a Saturday before 1970 (negative day numbers)', '1969-12-27', false],
    ['a Monday before 1970', '1969-12-29', true],
  ])('%s (%s) → %s', (_what, date, expected) => {
    expect(isWorkingDay(CN_ZJ, date)).toBe(expected);
  });

  it.each(['2026-02-30', '2026-13-01', '2026/10/01', '26-10-01', '0050-01-01', ''])('refuses the local date %p', (date) => {
    expect(() => isWorkingDay(CN_ZJ, date)).toThrow(/existing date/);
  });
});

describe('localDateOf', () => {
  it.each([
    ['Shanghai midnight is 16:00 UTC the day before', CN_ZJ, '2026-11-27T16:00:00.000Z', '2026-11-28'],
    ['one ms before Shanghai midnight', CN_ZJ, '2026-11-27T15:59:59.999Z', '2026-11-27'],
    ['late UTC evening is already tomorrow in Shanghai', CN_ZJ, '2026-11-27T20:00:00.000Z', '2026-11-28'],
    ['a negative offset lags behind UTC', { ...CN_ZJ, utcOffsetMinutes: -300 }, '2026-11-28T03:00:00.000Z', '2026-11-27'],
    ['before 1970 still works', CN_ZJ, '1969-12-31T20:00:00.000Z', '1970-01-01'],
  ])('%s', (_what, calendar, instant, expected) => {
    expect(localDateOf(calendar, Date.parse(instant))).toBe(expected);
  });
});

describe('addWorkingMs on the 2026 Zhejiang calendar (08:30–17:30, 9 h a day)', () => {
  it.each([
    ['Monday 10:00 + 3 working days ends Thursday 10:00', '2026-11-23 10:00', 27 * HOUR, '2026-11-26 10:00'],
    ['Friday 16:00 + 3 h continues on Monday', '2026-11-27 16:00', 3 * HOUR, '2026-11-30 10:00'],
    ['Friday 16:00 + 3 working days ends Wednesday 16:00', '2026-11-27 16:00', 27 * HOUR, '2026-12-02 16:00'],
    ['Monday 20:00 (after hours) + 1 h counts from Tuesday 08:30', '2026-11-23 20:00', HOUR, '2026-11-24 09:30'],
    ['Monday 20:00 + 3 working days ends at Thursday close, not Friday morning', '2026-11-23 20:00', 27 * HOUR, '2026-11-26 17:30'],
    ['Monday 06:00 (before hours) + 1 h', '2026-11-23 06:00', HOUR, '2026-11-23 09:30'],
    ['Saturday 11:00 + 1 h', '2026-11-28 11:00', HOUR, '2026-11-30 09:30'],
    ['Saturday 04:00 local (Friday 20:00 UTC) + 1 h goes by the local day', '2026-11-28 04:00', HOUR, '2026-11-30 09:30'],
    ['Monday 08:30 + 9 h ends 17:30 the same day', '2026-11-23 08:30', 9 * HOUR, '2026-11-23 17:30'],
    ['Monday 17:29 + 2 min crosses the night', '2026-11-23 17:29', 2 * MINUTE, '2026-11-24 08:31'],
    ['Wednesday 09-30 16:00 + 3 working days skips National Day, ends make-up Saturday', '2026-09-30 16:00', 27 * HOUR, '2026-10-10 16:00'],
    ['Wednesday 09-30 17:00 + 1 h resumes after National Day', '2026-09-30 17:00', HOUR, '2026-10-08 09:00'],
    ['an instant inside the National Day holiday + 1 h', '2026-10-03 12:00', HOUR, '2026-10-08 09:30'],
    ['Friday 09-25 16:00 + 3 h works on make-up Sunday 09-27', '2026-09-25 16:00', 3 * HOUR, '2026-09-27 10:00'],
    ['Friday 10-09 17:00 + 1 h works on make-up Saturday 10-10', '2026-10-09 17:00', HOUR, '2026-10-10 09:00'],
    ['Saturday 10-10 17:00 + 1 h: the Sunday after is off again', '2026-10-10 17:00', HOUR, '2026-10-12 09:00'],
  ])('%s', (_what, from, workingMs, expected) => {
    expect(show(addWorkingMs(CN_ZJ, at(from), workingMs))).toBe(expected);
  });

  it.each([
    ['inside working hours: the instant itself', '2026-11-23 10:00', 0, '2026-11-23 10:00'],
    ['at opening time: the instant itself', '2026-11-23 08:30', 0, '2026-11-23 08:30'],
    ['at closing time (exclusive): the next morning', '2026-11-23 17:30', 0, '2026-11-24 08:30'],
    ['after hours: the next morning', '2026-11-23 20:00', 0, '2026-11-24 08:30'],
    ['Friday evening: Monday morning', '2026-11-27 18:00', 0, '2026-11-30 08:30'],
    ['on National Day: the first morning after the holiday', '2026-10-01 09:00', 0, '2026-10-08 08:30'],
    ['a negative amount counts as zero', '2026-11-23 10:00', -HOUR, '2026-11-23 10:00'],
    ['a negative amount after hours: the next morning', '2026-11-23 20:00', -HOUR, '2026-11-24 08:30'],
  ])('zero working time, %s', (_what, from, workingMs, expected) => {
    expect(show(addWorkingMs(CN_ZJ, at(from), workingMs))).toBe(expected);
  });

  it('keeps millisecond precision', () => {
    expect(addWorkingMs(CN_ZJ, at('2026-11-23 17:29'), MINUTE - 1)).toBe(at('2026-11-23 17:30') - 1);
    expect(addWorkingMs(CN_ZJ, at('2026-11-23 17:29'), MINUTE + 1)).toBe(at('2026-11-24 08:30') + 1);
  });

  it('refuses instants and amounts that are not finite numbers', () => {
    expect(() => addWorkingMs(CN_ZJ, Number.NaN, HOUR)).toThrow(/fromMs/);
    expect(() => addWorkingMs(CN_ZJ, at('2026-11-23 10:00'), Number.POSITIVE_INFINITY)).toThrow(/workingMs/);
  });
});

describe('workingMsBetween on the 2026 Zhejiang calendar', () => {
  it.each([
    ['Monday 10:00 to Thursday 10:00 is 3 working days', '2026-11-23 10:00', '2026-11-26 10:00', 27 * HOUR],
    ['Friday 16:00 to Monday 10:00 is 3 h', '2026-11-27 16:00', '2026-11-30 10:00', 3 * HOUR],
    ['a weekend is nothing', '2026-11-28 00:00', '2026-11-30 00:00', 0],
    ['a night is nothing', '2026-11-23 17:30', '2026-11-24 08:30', 0],
    ['the same instant is nothing', '2026-11-23 10:00', '2026-11-23 10:00', 0],
    ['a reversed interval is nothing', '2026-11-26 10:00', '2026-11-23 10:00', 0],
    ['09-30 08:30 to 10-09 00:00 counts only 09-30 and 10-08 around National Day', '2026-09-30 08:30', '2026-10-09 00:00', 18 * HOUR],
    ['Saturday 09-26 to Monday 09-28 counts make-up Sunday', '2026-09-26 00:00', '2026-09-28 00:00', 9 * HOUR],
    ['Saturday 10-10 to Monday 10-12 counts make-up Saturday', '2026-10-10 00:00', '2026-10-12 00:00', 9 * HOUR],
    ['the whole of 2026: 261 weekdays - 5 weekday holidays + 2 make-up days', '2026-01-01 00:00', '2027-01-01 00:00', 258 * 9 * HOUR],
  ])('%s', (_what, from, to, expected) => {
    expect(workingMsBetween(CN_ZJ, at(from), at(to))).toBe(expected);
  });

  it('counts a single working millisecond', () => {
    expect(workingMsBetween(CN_ZJ, at('2026-11-23 12:00'), at('2026-11-23 12:00') + 1)).toBe(1);
    expect(workingMsBetween(CN_ZJ, at('2026-11-23 17:30') - 1, at('2026-11-24 08:30') + 1)).toBe(2);
  });

  it('handles ten years without walking them minute by minute, and agrees with the reference', () => {
    const from = at('2021-03-15 09:00');
    const to = at('2031-03-14 16:00'); // a Friday, inside working hours
    const total = workingMsBetween(CN_ZJ, from, to);
    expect(total).toBe(referenceWorkingMs(CN_ZJ, from, to));
    expect(addWorkingMs(CN_ZJ, from, total)).toBe(to);
  });
});

describe('workingDaysToMs', () => {
  const mornings: WorkingCalendar = { ...CN_ZJ, id: 'MORNINGS', workdayStart: '08:00', workdayEnd: '12:00' };
  it.each([
    ['3 days of 9 h', CN_ZJ, 3, 27 * HOUR],
    ['1 day of 9 h', CN_ZJ, 1, 9 * HOUR],
    ['half a day of 9 h', CN_ZJ, 0.5, 4.5 * HOUR],
    ['no days', CN_ZJ, 0, 0],
    ['3 days of 4 h', mornings, 3, 12 * HOUR],
  ])('%s', (_what, calendar, days, expected) => {
    expect(workingDaysToMs(calendar, days)).toBe(expected);
  });

  it('refuses a negative number of days', () => {
    expect(() => workingDaysToMs(CN_ZJ, -1)).toThrow(/negative/);
  });
});

describe('calendar validation', () => {
  it.each([
    ['an unpadded start time', { workdayStart: '8:30' }, /workdayStart/],
    ['a minute of 60', { workdayEnd: '17:60' }, /workdayEnd/],
    ['an end past 24:00', { workdayEnd: '24:30' }, /workdayEnd/],
    ['an end before the start', { workdayStart: '17:30', workdayEnd: '08:30' }, /must be after/],
    ['an empty working day', { workdayEnd: '08:30' }, /must be after/],
    ['a weekday number of 7', { weekendDays: [0, 7] }, /weekend days/],
    ['a weekend of every day', { weekendDays: [0, 1, 2, 3, 4, 5, 6] }, /every weekday/],
    ['a holiday that does not exist', { holidays: ['2026-02-30'] }, /existing date/],
    ['a date both holiday and make-up day', { holidays: ['2026-10-10'] }, /both a holiday and a make-up/],
    ['an offset beyond +14:00', { utcOffsetMinutes: 900 }, /utcOffsetMinutes/],
    ['a fractional offset', { utcOffsetMinutes: 480.5 }, /utcOffsetMinutes/],
  ])('refuses %s', (_what, change, message) => {
    const calendar: WorkingCalendar = { ...CN_ZJ, ...change };
    expect(() => assertValidCalendar(calendar)).toThrow(message);
    expect(() => workingMsBetween(calendar, at('2026-11-23 10:00'), at('2026-11-24 10:00'))).toThrow(message);
  });

  it('accepts a working day that ends at midnight', () => {
    const allDay: WorkingCalendar = { ...CN_ZJ, workdayStart: '00:00', workdayEnd: '24:00' };
    expect(workingMsBetween(allDay, at('2026-11-27 12:00'), at('2026-11-30 12:00'))).toBe(24 * HOUR);
    expect(show(addWorkingMs(allDay, at('2026-11-27 12:00'), 12 * HOUR))).toBe('2026-11-28 00:00');
  });
});

describe('compiled calendars are reused by content', () => {
  // 2026-11-26 (a Thursday) is a working day on CN_ZJ; the variants below make it a holiday.
  const thursday = '2026-11-26';

  it('answers for a changed calendar under the same id and version, not for the one compiled before', () => {
    expect(isWorkingDay(CN_ZJ, thursday)).toBe(true);
    const changed: WorkingCalendar = { ...CN_ZJ, holidays: [...CN_ZJ.holidays, thursday] };
    expect(isWorkingDay(changed, thursday)).toBe(false);
    expect(workingMsBetween(changed, at('2026-11-26 08:00'), at('2026-11-27 08:00'))).toBe(0);
    expect(isWorkingDay(CN_ZJ, thursday)).toBe(true);
  });

  it('answers for a calendar changed in place after it was used', () => {
    const calendar: WorkingCalendar = { ...CN_ZJ, holidays: [...CN_ZJ.holidays] };
    expect(isWorkingDay(calendar, thursday)).toBe(true);
    calendar.holidays.push(thursday);
    expect(isWorkingDay(calendar, thursday)).toBe(false);
  });

  it('still refuses a malformed calendar that differs from a valid one only in a value\'s type', () => {
    expect(isWorkingDay({ ...CN_ZJ, weekendDays: [0, 6] }, thursday)).toBe(true);
    expect(() => assertValidCalendar({ ...CN_ZJ, weekendDays: ['0', '6'] as unknown as number[] })).toThrow(/weekend days/);
  });

  it('keeps answering correctly past the number of calendars it keeps', () => {
    for (let i = 0; i < 100; i++) {
      const calendar: WorkingCalendar = { ...CN_ZJ, version: `v${i}`, holidays: i % 2 ? [...CN_ZJ.holidays, thursday] : CN_ZJ.holidays };
      expect(isWorkingDay(calendar, thursday)).toBe(i % 2 === 0);
    }
  });
});

describe('workingMsBetween and addWorkingMs are exact inverses (seeded random instants)', () => {
  const calendars: WorkingCalendar[] = [
    CN_ZJ,
    // Gulf-style week (Friday and Saturday off), early hours, one holiday and one make-up day.
    { id: 'AE', version: '1', utcOffsetMinutes: 240, workdayStart: '07:00', workdayEnd: '15:00', weekendDays: [5, 6], holidays: ['2026-12-02', '2026-12-03'], makeUpWorkdays: ['2026-11-28'] },
    // West of UTC, so the local day straddles the UTC date line the other way.
    { id: 'US-NY', version: '1', utcOffsetMinutes: -300, workdayStart: '09:00', workdayEnd: '17:00', weekendDays: [0, 6], holidays: ['2026-11-26', '2026-12-25'], makeUpWorkdays: [] },
    // A half-hour offset and round-the-clock working days.
    { id: 'IN-24', version: '1', utcOffsetMinutes: 330, workdayStart: '00:00', workdayEnd: '24:00', weekendDays: [0], holidays: ['2026-10-02'], makeUpWorkdays: ['2026-10-04'] },
  ];
  const rangeStart = Date.parse('2025-12-01T00:00:00Z');
  const rangeDays = 430;

  /** Instants that often hit the edges: midnight, opening, closing, one ms either side. */
  function instant(rand: () => number, calendar: WorkingCalendar): number {
    const midnight = rangeStart + Math.floor(rand() * rangeDays) * DAY - calendar.utcOffsetMinutes * MINUTE;
    const edges = [0, minutesOf(calendar.workdayStart) * MINUTE, minutesOf(calendar.workdayEnd) * MINUTE];
    const pick = rand();
    if (pick < 0.4) return midnight + Math.floor(rand() * DAY);
    const nudge = [-1, 0, 1][Math.floor(rand() * 3)];
    return midnight + edges[Math.floor(rand() * edges.length)] + nudge;
  }

  function amount(rand: () => number, calendar: WorkingCalendar): number {
    const dayLength = (minutesOf(calendar.workdayEnd) - minutesOf(calendar.workdayStart)) * MINUTE;
    const pick = rand();
    if (pick < 0.1) return 0;
    if (pick < 0.4) return Math.floor(rand() * 60) * dayLength; // whole days land on closing time
    return Math.floor(rand() * 60 * dayLength);
  }

  it.each(calendars.map((c) => [c.id, c] as const))('%s: workingMsBetween agrees with the day-by-day reference', (_id, calendar) => {
    const rand = seeded(11);
    for (let i = 0; i < 300; i++) {
      const [a, b] = [instant(rand, calendar), instant(rand, calendar)];
      expect([a, b, workingMsBetween(calendar, a, b)]).toEqual([a, b, referenceWorkingMs(calendar, a, b)]);
    }
  });

  it.each(calendars.map((c) => [c.id, c] as const))('%s: adding w then measuring gives back w, at the earliest such instant', (_id, calendar) => {
    const rand = seeded(23);
    for (let i = 0; i < 300; i++) {
      const from = instant(rand, calendar);
      const w = amount(rand, calendar);
      const end = addWorkingMs(calendar, from, w);
      expect([from, w, workingMsBetween(calendar, from, end)]).toEqual([from, w, w]);
      // Earliest: one ms sooner is one working ms short (for zero, `end` itself is working time).
      if (w > 0) expect([from, w, workingMsBetween(calendar, from, end - 1)]).toEqual([from, w, w - 1]);
      else expect([from, end >= from, workingMsBetween(calendar, end, end + 1)]).toEqual([from, true, 1]);
    }
  });

  it.each(calendars.map((c) => [c.id, c] as const))('%s: measuring then adding lands on the end whenever it follows working time', (_id, calendar) => {
    const rand = seeded(37);
    for (let i = 0; i < 300; i++) {
      const [from, to] = [instant(rand, calendar), instant(rand, calendar)].sort((x, y) => x - y);
      const w = workingMsBetween(calendar, from, to);
      const back = addWorkingMs(calendar, from, w);
      const followsWorkingTime = to > from && workingMsBetween(calendar, to - 1, to) === 1;
      // Zero is the exception: it moves on to the next working instant, which may lie after `to`.
      expect([from, to, back <= to || w === 0, workingMsBetween(calendar, from, back)]).toEqual([from, to, true, w]);
      if (followsWorkingTime) expect([from, to, back]).toEqual([from, to, to]);
    }
  });
});
