/**
 * AWS's six-field cron (`minutes hours day-of-month month day-of-week year`, UTC) as rotation
 * schedules use it: numbers, ranges, lists, `*`, `?`, `/` steps, month and weekday names
 * (weekdays 1-7 from SUN). `L`, `W` and `#` are refused (Kumo does not compute them).
 */
export interface Cron {
  minutes: Set<number>;
  hours: Set<number>;
  days?: Set<number>;
  months: Set<number>;
  weekdays?: Set<number>;
  years?: Set<number>;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

function field(text: string, min: number, max: number, names: string[] = [], nameBase = 1): Set<number> | undefined {
  const out = new Set<number>();
  const value = (token: string): number => {
    const named = names.indexOf(token.toUpperCase());
    return named >= 0 ? named + nameBase : /^\d+$/.test(token) ? Number(token) : NaN;
  };
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) return undefined;
    let lo: number;
    let hi: number;
    if (range === '*') [lo, hi] = [min, max];
    else if (range.includes('-')) [lo, hi] = range.split('-').map(value) as [number, number];
    else [lo, hi] = [value(range), stepText === undefined ? value(range) : max];
    if (!(lo >= min && hi <= max && lo <= hi)) return undefined;
    for (let n = lo; n <= hi; n += step) out.add(n);
  }
  return out;
}

export function parseCron(expression: string): Cron | undefined {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 6) return undefined;
  const [mi, h, dom, mon, dow, yr] = parts;
  // One of day-of-month and day-of-week must be `?`, as AWS requires.
  if ((dom === '?') === (dow === '?')) return undefined;
  const minutes = field(mi, 0, 59);
  const hours = field(h, 0, 23);
  const months = field(mon, 1, 12, MONTHS);
  const days = dom === '?' ? undefined : field(dom, 1, 31);
  const weekdays = dow === '?' ? undefined : field(dow, 1, 7, WEEKDAYS);
  const years = yr === '*' ? undefined : field(yr, 1970, 2199);
  if (!minutes || !hours || !months || (dom !== '?' && !days) || (dow !== '?' && !weekdays) || (yr !== '*' && !years)) return undefined;
  return { minutes, hours, months, ...(days ? { days } : {}), ...(weekdays ? { weekdays } : {}), ...(years ? { years } : {}) };
}

/** The first matching minute strictly after `afterMs`, searching day by day for up to ten years. */
export function nextCronTime(cron: Cron, afterMs: number): number | undefined {
  const start = new Date(Math.floor(afterMs / 60_000) * 60_000 + 60_000);
  const day = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()));
  for (let i = 0; i < 3660; i++, day.setUTCDate(day.getUTCDate() + 1)) {
    if (cron.years && !cron.years.has(day.getUTCFullYear())) continue;
    if (!cron.months.has(day.getUTCMonth() + 1)) continue;
    if (cron.days && !cron.days.has(day.getUTCDate())) continue;
    if (cron.weekdays && !cron.weekdays.has(day.getUTCDay() + 1)) continue;
    for (const hour of [...cron.hours].sort((a, b) => a - b)) {
      for (const minute of [...cron.minutes].sort((a, b) => a - b)) {
        const at = day.getTime() + hour * 3_600_000 + minute * 60_000;
        if (at >= start.getTime()) return at;
      }
    }
  }
  return undefined;
}
