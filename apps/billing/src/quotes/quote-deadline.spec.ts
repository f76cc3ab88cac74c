import { CN_ZJ } from '../../../../workflows/src/sla/cn-zj.calendar.fixture';
import { quoteDeadline } from './quote-deadline';

const rules = { sameDayBefore: '12:00', nextDayBefore: '17:00', nextDayDueAt: '12:00', largeOrImportantMs: 48 * 3600_000 };
/** Local Shanghai time 'YYYY-MM-DD HH:MM' as an instant. */
const sh = (local: string): number => Date.parse(`${local.replace(' ', 'T')}:00+08:00`);

describe('quote deadline (报价时限) on the Zhejiang 2026 calendar', () => {
  it.each([
    // [received (local), large or important, due (local), rule]
    ['2026-11-18 11:59', false, '2026-11-18 17:30', 'same_day'], // Wednesday, just before noon
    ['2026-11-18 12:00', false, '2026-11-19 12:00', 'next_day_noon'], // noon itself is no longer "before 12:00"
    ['2026-11-18 07:10', false, '2026-11-18 17:30', 'same_day'], // before working hours still counts as that day
    ['2026-11-18 16:59', false, '2026-11-19 12:00', 'next_day_noon'],
    ['2026-11-18 17:00', false, '2026-11-20 17:00', 'within_48h'], // 17:00 and later: within 48 h
    ['2026-11-18 09:00', true, '2026-11-20 09:00', 'within_48h'], // large or important
    ['2026-11-20 14:00', false, '2026-11-23 12:00', 'next_day_noon'], // Friday afternoon → Monday noon, across the weekend
    ['2026-11-21 10:00', false, '2026-11-23 17:30', 'same_day'], // Saturday: counts from Monday's start
    ['2026-11-22 15:00', false, '2026-11-23 17:30', 'same_day'], // Sunday afternoon too
    ['2026-09-30 14:00', false, '2026-10-08 12:00', 'next_day_noon'], // before National Day: next working day is 10-08
    ['2026-10-03 11:00', false, '2026-10-08 17:30', 'same_day'], // during the holiday
    ['2026-10-09 13:00', false, '2026-10-10 12:00', 'next_day_noon'], // Friday → make-up Saturday 10-10 is a working day
    ['2026-10-10 11:00', false, '2026-10-10 17:30', 'same_day'], // on the make-up Saturday itself
    ['2026-09-26 11:00', false, '2026-09-27 17:30', 'same_day'], // Saturday before the make-up Sunday 09-27
  ] as const)('received %s (large or important: %s) → due %s (%s)', (received, large, due, rule) => {
    const deadline = quoteDeadline({ receivedAtMs: sh(received), largeOrImportant: large, calendar: CN_ZJ, rules });
    expect({ due: new Date(deadline.dueAtMs).toISOString(), rule: deadline.rule }).toEqual({ due: new Date(sh(due)).toISOString(), rule });
  });
});
