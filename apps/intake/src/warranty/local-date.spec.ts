import { addDays, addMonthsClamped, assertLocalDate, daysBetween } from './local-date';

describe('local date arithmetic', () => {
  it.each([
    ['keeps the day of month when the target month has it', '2026-03-15', 12, '2027-03-15'],
    ['clamps Jan 31 + 1 month to Feb 28 in a common year', '2026-01-31', 1, '2026-02-28'],
    ['clamps Jan 31 + 1 month to Feb 29 in a leap year', '2028-01-31', 1, '2028-02-29'],
    ['clamps Feb 29 + 12 months to Feb 28', '2028-02-29', 12, '2029-02-28'],
    ['clamps Aug 31 + 1 month to Sep 30', '2026-08-31', 1, '2026-09-30'],
    ['crosses the year end', '2026-11-30', 3, '2027-02-28'],
    ['adds zero months as the same day', '2026-05-31', 0, '2026-05-31'],
  ])('%s', (_name, from, months, expected) => {
    expect(addMonthsClamped(from, months)).toBe(expected);
  });

  it.each([
    ['counts the day after as day 1', '2026-11-01', '2026-11-02', 1],
    ['counts across a month end', '2026-11-01', '2026-12-01', 30],
    ['counts across Feb 29', '2028-02-28', '2028-03-01', 2],
    ['is negative when the second date is earlier', '2026-11-08', '2026-11-01', -7],
  ])('%s', (_name, from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it('adds days across a year end', () => {
    expect(addDays('2026-12-20', 30)).toBe('2027-01-19');
  });

  it.each(['2026-02-30', '2026-2-3', '2026-13-01', '20261101', '0050-01-01', ''])('refuses the non-date %p', (text) => {
    expect(() => assertLocalDate(text, 'purchaseDate')).toThrow(RangeError);
  });
});
