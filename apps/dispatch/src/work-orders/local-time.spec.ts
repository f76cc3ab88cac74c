import { isWithinWorkingDay, localClockOf, localDateOf } from './local-time';

describe('local days and working hours in Asia/Shanghai', () => {
  it('takes the local date, not the UTC date, late in the UTC evening', () => {
    expect(localDateOf(new Date('2026-11-23T16:30:00Z'))).toBe('2026-11-24');
    expect(localDateOf(new Date('2026-11-23T15:59:00Z'))).toBe('2026-11-23');
  });

  it('keeps time zones apart: each has its own formatter', () => {
    const instant = new Date('2026-11-23T16:30:00Z');
    expect(localDateOf(instant)).toBe('2026-11-24');
    expect(localDateOf(instant, 'America/New_York')).toBe('2026-11-23');
    expect(localDateOf(instant)).toBe('2026-11-24');
    expect(localClockOf(instant, 'Europe/London')).toBe('16:30');
    expect(localClockOf(instant)).toBe('00:30');
  });

  const hours = { start: '08:30', end: '17:30' };

  it('accepts an arrival inside working hours on the service date (10:00 local = 02:00 UTC)', () => {
    expect(isWithinWorkingDay(new Date('2026-11-23T02:00:00Z'), '2026-11-23', hours)).toBe(true);
    expect(isWithinWorkingDay(new Date('2026-11-23T09:30:00Z'), '2026-11-23', hours)).toBe(true);
  });

  it('refuses an arrival before opening, after closing, or on another day', () => {
    expect(isWithinWorkingDay(new Date('2026-11-23T00:29:00Z'), '2026-11-23', hours)).toBe(false);
    expect(isWithinWorkingDay(new Date('2026-11-23T09:31:00Z'), '2026-11-23', hours)).toBe(false);
    expect(isWithinWorkingDay(new Date('2026-11-24T02:00:00Z'), '2026-11-23', hours)).toBe(false);
  });
});
