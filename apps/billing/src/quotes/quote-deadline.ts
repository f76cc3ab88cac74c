// When a quote is due (RULES.md, billing): received before 12:00 → the same working day (its end);
// before 17:00 → by 12:00 of the next working day; later, large or important → within 48 h.
// Pure: the working calendar (holidays, make-up days) comes from the price list's policy.
import type { PriceList, QuoteDeadlineRule } from '@aftersales/contracts';
import { addWorkingMs, isWorkingDay, localDateOf, type WorkingCalendar } from '@aftersales/workflows';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export interface QuoteDeadlineInput {
  receivedAtMs: number;
  largeOrImportant: boolean;
  calendar: WorkingCalendar;
  rules: PriceList['quoteDeadlines'];
}

export interface QuoteDeadline {
  dueAtMs: number;
  rule: QuoteDeadlineRule;
}

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The instant of local `HH:MM` on a local date of the calendar's zone. */
function localInstant(calendar: WorkingCalendar, localDate: string, hhmm: string): number {
  const [y, m, d] = localDate.split('-').map(Number);
  return Date.UTC(y, m - 1, d) - calendar.utcOffsetMinutes * MINUTE_MS + minutesOf(hhmm) * MINUTE_MS;
}

function localMinutesOf(calendar: WorkingCalendar, instantMs: number): number {
  const local = instantMs + calendar.utcOffsetMinutes * MINUTE_MS;
  return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS);
}

export function quoteDeadline({ receivedAtMs, largeOrImportant, calendar, rules }: QuoteDeadlineInput): QuoteDeadline {
  const within48h: QuoteDeadline = { dueAtMs: receivedAtMs + rules.largeOrImportantMs, rule: 'within_48h' };
  if (largeOrImportant) return within48h;
  // A request that arrives on a day off counts from the start of the next working day.
  const effectiveMs = isWorkingDay(calendar, localDateOf(calendar, receivedAtMs)) ? receivedAtMs : addWorkingMs(calendar, receivedAtMs, 0);
  const day = localDateOf(calendar, effectiveMs);
  const minutes = localMinutesOf(calendar, effectiveMs);
  if (minutes < minutesOf(rules.sameDayBefore)) return { dueAtMs: localInstant(calendar, day, calendar.workdayEnd), rule: 'same_day' };
  if (minutes < minutesOf(rules.nextDayBefore)) {
    // The start of the next working day after this one's working hours.
    const nextDay = localDateOf(calendar, addWorkingMs(calendar, localInstant(calendar, day, calendar.workdayEnd), 0));
    return { dueAtMs: localInstant(calendar, nextDay, rules.nextDayDueAt), rule: 'next_day_noon' };
  }
  return within48h;
}
