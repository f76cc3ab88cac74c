import type { WorkingCalendar } from './working-calendar';

// Zhejiang 2026: National Day 10-01..07 off, Sunday 09-27 and Saturday 10-10 worked instead (调休).
export const CN_ZJ: WorkingCalendar = {
  id: 'CN-ZJ',
  version: '2026.1',
  utcOffsetMinutes: 480,
  workdayStart: '08:30',
  workdayEnd: '17:30',
  weekendDays: [0, 6],
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  makeUpWorkdays: ['2026-09-27', '2026-10-10'],
};
