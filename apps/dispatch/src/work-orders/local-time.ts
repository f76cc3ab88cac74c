// Local calendar arithmetic for the service area. Times are stored in UTC; capacity counts local days.

export const SERVICE_TIME_ZONE = 'Asia/Shanghai';

/** A formatter per kind and time zone, built once: building one costs far more than formatting with it. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(kind: 'date' | 'clock', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter =
      kind === 'date'
        ? new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
        : new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** `YYYY-MM-DD` of an instant in a time zone. */
export function localDateOf(instant: Date, timeZone = SERVICE_TIME_ZONE): string {
  return formatterOf('date', timeZone).format(instant);
}

/** `HH:MM` (24 h) of an instant in a time zone. */
export function localClockOf(instant: Date, timeZone = SERVICE_TIME_ZONE): string {
  return formatterOf('clock', timeZone).format(instant);
}

/** Whether an instant falls on the local date and within [start, end] working hours there. */
export function isWithinWorkingDay(instant: Date, date: string, hours: { start: string; end: string }, timeZone = SERVICE_TIME_ZONE): boolean {
  const clock = localClockOf(instant, timeZone);
  return localDateOf(instant, timeZone) === date && hours.start <= clock && clock <= hours.end;
}
