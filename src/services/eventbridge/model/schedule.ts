/**
 * ScheduleExpression: `rate(N unit)` and AWS's six-field `cron(min hour day-of-month month
 * day-of-week year)`, in UTC. Only parsing and "next firing after" live here.
 */
export type Schedule = { kind: 'rate'; everyMs: number } | { kind: 'cron'; cron: Cron };

interface Cron {
  minutes: Set<number>;
  hours: Set<number>;
  months: Set<number>;
  years: Set<number> | undefined;
  dayOfMonth: DayRule;
  dayOfWeek: DayRule;
}

/** `?` (no constraint), a set, `L` (last day), `nW` (nearest weekday), `LW`, `dL` (last d of month), `d#n` (nth d). */
type DayRule =
  | { kind: 'any' }
  | { kind: 'set'; values: Set<number> }
  | { kind: 'last' }
  | { kind: 'last-weekday' }
  | { kind: 'nearest-weekday'; day: number }
  | { kind: 'last-of-week'; weekday: number }
  | { kind: 'nth-of-week'; weekday: number; nth: number };

const UNITS: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** The parsed schedule, or undefined when AWS would call the expression not valid. */
export function parseSchedule(expression: string): Schedule | undefined {
  const rate = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
  if (rate) {
    const value = Number(rate[1]);
    const unit = rate[2]!;
    // AWS wants the singular for 1 and the plural otherwise.
    if (value < 1 || (value === 1) !== !unit.endsWith('s')) return undefined;
    return { kind: 'rate', everyMs: value * UNITS[unit.replace(/s$/, '')]! };
  }
  const cron = /^cron\((.*)\)$/.exec(expression);
  if (!cron) return undefined;
  const fields = cron[1]!.trim().split(/\s+/);
  if (fields.length !== 6) return undefined;
  try {
    const [min, hour, dom, month, dow, year] = fields as [string, string, string, string, string, string];
    // One of the two day fields must be `?`, the other constrains.
    if ((dom === '?') === (dow === '?')) return undefined;
    return {
      kind: 'cron',
      cron: {
        minutes: parseSet(min, 0, 59),
        hours: parseSet(hour, 0, 23),
        months: parseSet(month, 1, 12, MONTHS, 1),
        years: year === '*' ? undefined : parseSet(year, 1970, 2199),
        dayOfMonth: parseDayOfMonth(dom),
        dayOfWeek: parseDayOfWeek(dow),
      },
    };
  } catch {
    return undefined;
  }
}

/** The first firing strictly after `afterMs`; rates count from `anchorMs` (when the rule was saved). */
export function nextFiring(schedule: Schedule, afterMs: number, anchorMs: number): number | undefined {
  if (schedule.kind === 'rate') {
    const periods = Math.floor((afterMs - anchorMs) / schedule.everyMs) + 1;
    return anchorMs + Math.max(1, periods) * schedule.everyMs;
  }
  const { cron } = schedule;
  const start = Math.floor(afterMs / 60_000) * 60_000 + 60_000;
  const first = new Date(start);
  let day = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate());
  // Five years of days is enough for any expression that can fire at all.
  for (let i = 0; i < 366 * 5; i++, day += 86_400_000) {
    const date = new Date(day);
    if (cron.years && !cron.years.has(date.getUTCFullYear())) continue;
    if (!cron.months.has(date.getUTCMonth() + 1)) continue;
    if (!dayMatches(cron, date)) continue;
    for (const hour of sorted(cron.hours)) {
      for (const minute of sorted(cron.minutes)) {
        const at = day + hour * 3_600_000 + minute * 60_000;
        if (at >= start) return at;
      }
    }
  }
  return undefined;
}

const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);

function parseSet(field: string, min: number, max: number, names?: string[], nameBase = 0): Set<number> {
  const values = new Set<number>();
  const number = (text: string): number => {
    const index = names?.indexOf(text.toUpperCase()) ?? -1;
    const n = index >= 0 ? index + nameBase : /^\d+$/.test(text) ? Number(text) : NaN;
    if (!(n >= min && n <= max)) throw new Error(`bad value ${text}`);
    return n;
  };
  for (const item of field.split(',')) {
    const [range, stepText] = item.split('/') as [string, string | undefined];
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new Error('bad step');
    let low: number;
    let high: number;
    if (range === '*') [low, high] = [min, max];
    else if (range.includes('-')) [low, high] = range.split('-').map(number) as [number, number];
    else [low, high] = [number(range), stepText === undefined ? number(range) : max];
    if (low > high) throw new Error('bad range');
    for (let v = low; v <= high; v += step) values.add(v);
  }
  return values;
}

function parseDayOfMonth(field: string): DayRule {
  if (field === '?') return { kind: 'any' };
  if (field === 'L') return { kind: 'last' };
  if (field === 'LW') return { kind: 'last-weekday' };
  const weekday = /^(\d+)W$/.exec(field);
  if (weekday) {
    const day = Number(weekday[1]);
    if (day < 1 || day > 31) throw new Error('bad W');
    return { kind: 'nearest-weekday', day };
  }
  return { kind: 'set', values: parseSet(field, 1, 31) };
}

function parseDayOfWeek(field: string): DayRule {
  if (field === '?') return { kind: 'any' };
  const day = (text: string) => parseSet(text, 1, 7, DAYS, 1).values().next().value as number;
  if (field === 'L') return { kind: 'set', values: new Set([7]) };
  const last = /^(\w+)L$/.exec(field);
  if (last) return { kind: 'last-of-week', weekday: day(last[1]!) };
  const nth = /^(\w+)#([1-5])$/.exec(field);
  if (nth) return { kind: 'nth-of-week', weekday: day(nth[1]!), nth: Number(nth[2]) };
  return { kind: 'set', values: parseSet(field, 1, 7, DAYS, 1) };
}

function dayMatches(cron: Cron, date: Date): boolean {
  const dom = date.getUTCDate();
  const weekday = date.getUTCDay() + 1; // AWS: 1 = Sunday
  const lastDom = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  const rule = cron.dayOfMonth.kind !== 'any' ? cron.dayOfMonth : cron.dayOfWeek;
  switch (rule.kind) {
    case 'any':
      return true;
    case 'set':
      return rule.values.has(cron.dayOfMonth.kind !== 'any' ? dom : weekday);
    case 'last':
      return dom === lastDom;
    case 'last-weekday':
      return dom === nearestWeekday(date, lastDom, lastDom);
    case 'nearest-weekday':
      return dom === nearestWeekday(date, Math.min(rule.day, lastDom), lastDom);
    case 'last-of-week':
      return weekday === rule.weekday && dom + 7 > lastDom;
    case 'nth-of-week':
      return weekday === rule.weekday && Math.ceil(dom / 7) === rule.nth;
  }
}

/** The weekday nearest to `day` within the month (Saturday moves back, Sunday forward). */
function nearestWeekday(date: Date, day: number, lastDom: number): number {
  const weekday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), day)).getUTCDay();
  if (weekday === 6) return day === 1 ? 3 : day - 1;
  if (weekday === 0) return day === lastDom ? day - 2 : day + 1;
  return day;
}
