// Calendar arithmetic on local dates written 'YYYY-MM-DD'. The caller has already turned instants into
// the customer's local date, so no time zone is involved here; UTC is only the carrier of the day count.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a valid 'YYYY-MM-DD' (2026-02-30 and '2026-2-3' are refused). */
function dayIndex(date: string, field: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`${field} must be a date written YYYY-MM-DD, got '${date}'`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // The year check also refuses years below 100, which Date.UTC would move into the 1900s.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) throw new RangeError(`${field} is not a calendar date: '${date}'`);
  return ms / DAY_MS;
}

function formatDayIndex(index: number): string {
  return new Date(index * DAY_MS).toISOString().slice(0, 10);
}

/** Throws a RangeError naming the field when the text is not a calendar date. */
export function assertLocalDate(date: string, field: string): void {
  dayIndex(date, field);
}

export function addDays(date: string, days: number): string {
  return formatDayIndex(dayIndex(date, 'date') + days);
}

/** Whole days from `from` to `to`: the day after `from` is 1. Negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayIndex(to, 'to') - dayIndex(from, 'from');
}

/** The corresponding day `months` later, or that month's last day when it has none (Jan 31 + 1 → Feb 28/29). */
export function addMonthsClamped(date: string, months: number): string {
  const start = new Date(dayIndex(date, 'date') * DAY_MS);
  const firstOfTarget = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1);
  const target = new Date(firstOfTarget);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const day = Math.min(start.getUTCDate(), lastDay);
  return formatDayIndex(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), day) / DAY_MS);
}
