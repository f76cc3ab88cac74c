// Working-time arithmetic on a region's working calendar. Pure and deterministic so that Temporal
// workflow code can use it: instants are epoch milliseconds (UTC), local time is a fixed UTC offset
// (China has no DST), and nothing reads the clock, Intl or Node.

export interface WorkingCalendar {
  id: string; // e.g. 'CN-ZJ'
  version: string; // e.g. '2026.1'
  utcOffsetMinutes: number; // 480 for Asia/Shanghai
  workdayStart: string; // 'HH:MM' local, e.g. '08:30'
  workdayEnd: string; // 'HH:MM' local, e.g. '17:30'
  weekendDays: number[]; // 0 = Sunday ... 6 = Saturday, e.g. [0, 6]
  holidays: string[]; // local dates 'YYYY-MM-DD' that are days off even if weekdays
  makeUpWorkdays: string[]; // local dates 'YYYY-MM-DD' that are working days even if weekend (调休)
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
// 1970-01-01, local day number 0, was a Thursday.
const WEEKDAY_OF_DAY_ZERO = 4;

/** The calendar turned into numbers (once per calendar, see `compile`): local day numbers count days since 1970-01-01. */
interface CompiledCalendar {
  offsetMs: number;
  startMs: number; // working hours, from local midnight
  endMs: number;
  dayLengthMs: number;
  weekend: boolean[]; // indexed by weekday
  workingWeekdaysPerWeek: number;
  holidays: number[];
  makeUpWorkdays: number[];
  holidaySet: Set<number>;
  makeUpSet: Set<number>;
}

function assertFinite(value: number, what: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${what} must be a finite number, got ${String(value)}`);
}

/** Minutes since local midnight of 'HH:MM'; '24:00' is allowed as an end of day. */
function parseTimeOfDay(value: string, what: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!match || Number(match[2]) > 59 || minutes > 24 * 60) throw new Error(`${what} must be 'HH:MM' between 00:00 and 24:00, got '${value}'`);
  return minutes;
}

/** Local day number of a 'YYYY-MM-DD' date; refuses dates that do not exist (2026-02-30). */
function parseLocalDate(value: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const dayNumber = Date.UTC(year, month - 1, day) / DAY_MS;
    // Round-tripping catches overflowing months and days, and Date.UTC's two-digit-year quirk.
    if (Number.isInteger(dayNumber) && formatDayNumber(dayNumber) === value) return dayNumber;
  }
  throw new Error(`a local date must be an existing date 'YYYY-MM-DD', got '${value}'`);
}

function formatDayNumber(dayNumber: number): string {
  const date = new Date(dayNumber * DAY_MS);
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

function weekdayOf(dayNumber: number): number {
  return (((dayNumber + WEEKDAY_OF_DAY_ZERO) % 7) + 7) % 7;
}

function compileWeekend(calendar: WorkingCalendar): boolean[] {
  const weekend = [false, false, false, false, false, false, false];
  for (const day of calendar.weekendDays) {
    if (!Number.isInteger(day) || day < 0 || day > 6) throw new Error(`calendar ${calendar.id}: weekend days are 0 (Sunday) to 6 (Saturday), got ${day}`);
    weekend[day] = true;
  }
  // Without a working weekday, searching for the next working day might never end.
  if (weekend.every(Boolean)) throw new Error(`calendar ${calendar.id}: every weekday is a weekend day`);
  return weekend;
}

function compileDates(calendar: WorkingCalendar): Pick<CompiledCalendar, 'holidays' | 'makeUpWorkdays' | 'holidaySet' | 'makeUpSet'> {
  const holidaySet = new Set(calendar.holidays.map(parseLocalDate));
  const makeUpSet = new Set(calendar.makeUpWorkdays.map(parseLocalDate));
  for (const day of holidaySet) {
    // A date cannot be both; silently preferring one would hide a data-entry error in the calendar.
    if (makeUpSet.has(day)) throw new Error(`calendar ${calendar.id}: ${formatDayNumber(day)} is both a holiday and a make-up workday`);
  }
  const sorted = (set: Set<number>): number[] => [...set].sort((a, b) => a - b);
  return { holidays: sorted(holidaySet), makeUpWorkdays: sorted(makeUpSet), holidaySet, makeUpSet };
}

/**
 * Calendars compiled before, by their content: a case's calendar is compiled on every call (each SLA
 * deadline, each local date), and parsing its holidays took an eighth of the worker's workflow thread.
 * Compiling is pure, so sharing the result between workflow runs keeps them deterministic; the key is
 * the whole calendar, so a changed calendar (even under the same id and version) compiles anew, and
 * only a valid calendar is kept. Bounded: an oldest entry makes room.
 */
const compiledCalendars = new Map<string, CompiledCalendar>();
const COMPILED_CALENDARS_KEPT = 64;

function compile(calendar: WorkingCalendar): CompiledCalendar {
  const key = JSON.stringify(calendar);
  const known = compiledCalendars.get(key);
  if (known) return known;
  const compiled = compileAnew(calendar);
  if (compiledCalendars.size >= COMPILED_CALENDARS_KEPT) compiledCalendars.delete(compiledCalendars.keys().next().value!);
  compiledCalendars.set(key, compiled);
  return compiled;
}

function compileAnew(calendar: WorkingCalendar): CompiledCalendar {
  const offset = calendar.utcOffsetMinutes;
  if (!Number.isInteger(offset) || offset < -12 * 60 || offset > 14 * 60) {
    throw new Error(`calendar ${calendar.id}: utcOffsetMinutes must be an integer between -720 and 840, got ${offset}`);
  }
  const start = parseTimeOfDay(calendar.workdayStart, `calendar ${calendar.id}: workdayStart`);
  const end = parseTimeOfDay(calendar.workdayEnd, `calendar ${calendar.id}: workdayEnd`);
  if (end <= start) throw new Error(`calendar ${calendar.id}: workdayEnd ${calendar.workdayEnd} must be after workdayStart ${calendar.workdayStart}`);
  const weekend = compileWeekend(calendar);
  return {
    offsetMs: offset * MINUTE_MS,
    startMs: start * MINUTE_MS,
    endMs: end * MINUTE_MS,
    dayLengthMs: (end - start) * MINUTE_MS,
    weekend,
    workingWeekdaysPerWeek: weekend.filter((isWeekend) => !isWeekend).length,
    ...compileDates(calendar),
  };
}

function dayNumberOf(c: CompiledCalendar, instantMs: number): number {
  return Math.floor((instantMs + c.offsetMs) / DAY_MS);
}

function isWorkingDayNumber(c: CompiledCalendar, dayNumber: number): boolean {
  if (c.holidaySet.has(dayNumber)) return false;
  return c.makeUpSet.has(dayNumber) || !c.weekend[weekdayOf(dayNumber)];
}

/** Working hours of a local day as instants [start, end); they always lie inside that local day. */
function workingHoursOf(c: CompiledCalendar, dayNumber: number): { startMs: number; endMs: number } {
  const midnight = dayNumber * DAY_MS - c.offsetMs;
  return { startMs: midnight + c.startMs, endMs: midnight + c.endMs };
}

/** Working days among local days [from, to), counted by whole weeks plus the listed exceptions. */
function countWorkingDays(c: CompiledCalendar, from: number, to: number): number {
  if (to <= from) return 0;
  const weeks = Math.floor((to - from) / 7);
  let count = weeks * c.workingWeekdaysPerWeek;
  for (let day = from + weeks * 7; day < to; day++) if (!c.weekend[weekdayOf(day)]) count++;
  // Holidays and make-up days only change the count when they override the weekday rule.
  for (const day of c.holidays) if (day >= from && day < to && !c.weekend[weekdayOf(day)]) count--;
  for (const day of c.makeUpWorkdays) if (day >= from && day < to && c.weekend[weekdayOf(day)]) count++;
  return count;
}

/** The n-th (n >= 1) working day after `dayNumber`, by binary search over the day count. */
function nthWorkingDayAfter(c: CompiledCalendar, dayNumber: number, n: number): number {
  let low = dayNumber + 1;
  // Each week has a working weekday and at most every holiday removes one: this bound always holds.
  let high = dayNumber + 7 * (n + c.holidays.length + 1);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (countWorkingDays(c, dayNumber + 1, middle + 1) >= n) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Working ms of one local day that fall inside [fromMs, toMs). */
function workingMsOfDay(c: CompiledCalendar, dayNumber: number, fromMs: number, toMs: number): number {
  if (!isWorkingDayNumber(c, dayNumber)) return 0;
  const hours = workingHoursOf(c, dayNumber);
  return Math.max(0, Math.min(hours.endMs, toMs) - Math.max(hours.startMs, fromMs));
}

/** Throws a clear Error when the calendar is malformed (bad times, dates, offset or weekend days). */
export function assertValidCalendar(calendar: WorkingCalendar): void {
  compile(calendar);
}

export function isWorkingDay(calendar: WorkingCalendar, localDate: string): boolean {
  return isWorkingDayNumber(compile(calendar), parseLocalDate(localDate));
}

/** Working time (ms) inside working hours of working days between two instants (0 if to <= from). */
export function workingMsBetween(calendar: WorkingCalendar, fromMs: number, toMs: number): number {
  assertFinite(fromMs, 'fromMs');
  assertFinite(toMs, 'toMs');
  const c = compile(calendar);
  if (toMs <= fromMs) return 0;
  const firstDay = dayNumberOf(c, fromMs);
  const lastDay = dayNumberOf(c, toMs);
  if (firstDay === lastDay) return workingMsOfDay(c, firstDay, fromMs, toMs);
  const wholeDays = countWorkingDays(c, firstDay + 1, lastDay) * c.dayLengthMs;
  return workingMsOfDay(c, firstDay, fromMs, toMs) + wholeDays + workingMsOfDay(c, lastDay, fromMs, toMs);
}

/**
 * The instant at which `workingMs` of working time has elapsed after `fromMs` (fromMs itself if
 * workingMs <= 0 and fromMs is inside working hours; otherwise the next working instant when 0).
 * The exact inverse of workingMsBetween: a span that ends with a working day ends at workdayEnd.
 */
export function addWorkingMs(calendar: WorkingCalendar, fromMs: number, workingMs: number): number {
  assertFinite(fromMs, 'fromMs');
  assertFinite(workingMs, 'workingMs');
  const c = compile(calendar);
  const day = dayNumberOf(c, fromMs);
  let remaining = Math.max(0, workingMs);
  if (isWorkingDayNumber(c, day)) {
    const hours = workingHoursOf(c, day);
    const startMs = Math.max(hours.startMs, fromMs);
    if (startMs < hours.endMs) {
      if (remaining <= hours.endMs - startMs) return startMs + remaining;
      remaining -= hours.endMs - startMs;
    }
  }
  // Zero still needs a working day to start on; otherwise as many days as the rest fills.
  const daysNeeded = Math.max(1, Math.ceil(remaining / c.dayLengthMs));
  const lastDay = nthWorkingDayAfter(c, day, daysNeeded);
  return workingHoursOf(c, lastDay).startMs + remaining - (daysNeeded - 1) * c.dayLengthMs;
}

/** Working days expressed as working ms: days * (workdayEnd - workdayStart). */
export function workingDaysToMs(calendar: WorkingCalendar, days: number): number {
  assertFinite(days, 'days');
  if (days < 0) throw new Error(`days must not be negative, got ${days}`);
  return days * compile(calendar).dayLengthMs;
}

export function localDateOf(calendar: WorkingCalendar, instantMs: number): string {
  assertFinite(instantMs, 'instantMs');
  return formatDayNumber(dayNumberOf(compile(calendar), instantMs));
}
