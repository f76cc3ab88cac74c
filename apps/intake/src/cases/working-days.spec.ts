import { addWorkingDays, compactLocalDate } from './working-days';

describe('addWorkingDays in Asia/Shanghai', () => {
  const tz = 'Asia/Shanghai';

  it('ends a Monday request three working days later at 17:30 local (Thursday 09:30 UTC)', () => {
    expect(addWorkingDays(new Date('2026-11-23T02:00:00Z'), 3, tz).toISOString()).toBe('2026-11-26T09:30:00.000Z');
  });

  it('skips the weekend for a Thursday request', () => {
    expect(addWorkingDays(new Date('2026-11-26T02:00:00Z'), 3, tz).toISOString()).toBe('2026-12-01T09:30:00.000Z');
  });

  it('counts from the local day, not the UTC day, for a request late in the UTC evening', () => {
    // 2026-11-27T20:00Z is already Saturday 04:00 in Shanghai: the next working days are Mon, Tue, Wed.
    expect(addWorkingDays(new Date('2026-11-27T20:00:00Z'), 3, tz).toISOString()).toBe('2026-12-02T09:30:00.000Z');
  });

  it('uses the local date for case numbers', () => {
    expect(compactLocalDate(new Date('2026-11-27T20:00:00Z'), tz)).toBe('20261128');
  });
});
