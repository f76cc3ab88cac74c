// Working-day arithmetic in a named time zone. Public holidays and make-up days (调休) per region
// come with the working calendar of the service-cases work; until then weekends are the only days off.

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const WORKDAY_END = { hour: 17, minute: 30 };

function localDateOf(instant: Date, timeZone: string): LocalDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** The UTC instant of a wall-clock time in a zone (two passes settle any offset change that day). */
function zonedInstant(date: LocalDate, hour: number, minute: number, timeZone: string): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    }).formatToParts(new Date(guess));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const seen = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
    guess += wall - seen;
  }
  return new Date(guess);
}

/** End of the working day that lies `days` working days after the local day of `from`. */
export function addWorkingDays(from: Date, days: number, timeZone: string): Date {
  const start = localDateOf(from, timeZone);
  const cursor = new Date(Date.UTC(start.year, start.month - 1, start.day));
  let remaining = days;
  while (remaining > 0) {
    cursor.setUTCDate(cursor.getUTCDate() + 1);
    const weekday = cursor.getUTCDay();
    if (weekday !== 0 && weekday !== 6) remaining -= 1;
  }
  const target = { year: cursor.getUTCFullYear(), month: cursor.getUTCMonth() + 1, day: cursor.getUTCDate() };
  return zonedInstant(target, WORKDAY_END.hour, WORKDAY_END.minute, timeZone);
}

/** `YYYYMMDD` of an instant's local date, for human-readable case numbers. */
export function compactLocalDate(instant: Date, timeZone: string): string {
  const d = localDateOf(instant, timeZone);
  return `${d.year}${String(d.month).padStart(2, '0')}${String(d.day).padStart(2, '0')}`;
}
