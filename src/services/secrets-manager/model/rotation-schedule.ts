import { invalidParameter, validation } from '../errors.js';
import type { RotationRules } from '../store.js';
import { nextCronTime, parseCron, type Cron } from './cron.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * Checks RotationRules as Secrets Manager does: days 1-1000, `rate(N days|hours)` (at least
 * four hours) or `cron(...)` expressions, an optional window `Duration` of `Nh` (1-24 hours) that
 * must fit in the interval, and not AutomaticallyAfterDays with ScheduleExpression together.
 */
export function checkRotationRules(rules: RotationRules): RotationRules {
  const out: RotationRules = {};
  if (rules.AutomaticallyAfterDays !== undefined) {
    const days = rules.AutomaticallyAfterDays;
    if (!Number.isInteger(days) || days < 1 || days > 1000) throw validation(days, 'rotationRules.automaticallyAfterDays', 'Member must have value between 1 and 1000');
    out.AutomaticallyAfterDays = days;
  }
  if (rules.ScheduleExpression !== undefined) {
    if (out.AutomaticallyAfterDays !== undefined) {
      throw invalidParameter('You cannot specify both rotation frequency and schedule expression together.');
    }
    intervalOf(rules.ScheduleExpression);
    out.ScheduleExpression = rules.ScheduleExpression;
  }
  if (rules.Duration !== undefined) {
    const match = /^([1-9]|1[0-9]|2[0-4])h$/.exec(rules.Duration);
    if (!match) throw invalidParameter('The Duration value must be in the format Nh, where N is between 1 and 24.');
    const interval = out.ScheduleExpression !== undefined ? intervalOf(out.ScheduleExpression) : undefined;
    if (interval?.kind === 'rate' && Number(match[1]) * HOUR_MS > interval.ms) {
      throw invalidParameter('The rotation window Duration must be shorter than the rotation interval.');
    }
    out.Duration = rules.Duration;
  }
  if (out.AutomaticallyAfterDays === undefined && out.ScheduleExpression === undefined) {
    throw invalidParameter('You must specify either AutomaticallyAfterDays or ScheduleExpression in RotationRules.');
  }
  return out;
}

type Interval = { kind: 'rate'; ms: number; days: boolean } | { kind: 'cron'; cron: Cron };

function intervalOf(expression: string): Interval {
  const rate = /^rate\((\d+) (day|days|hour|hours)\)$/.exec(expression);
  if (rate) {
    const n = Number(rate[1]);
    const days = rate[2].startsWith('day');
    if (days ? n < 1 || n > 1000 : n < 4 || n > 23) throw invalidParameter(`The schedule expression ${expression} is invalid. The rate must be between 4 hours and 1000 days.`);
    return { kind: 'rate', ms: n * (days ? DAY_MS : HOUR_MS), days };
  }
  const cron = /^cron\((.*)\)$/.exec(expression);
  if (cron) {
    const parsed = parseCron(cron[1]);
    if (!parsed) throw invalidParameter(`The schedule expression ${expression} is invalid.`);
    return { kind: 'cron', cron: parsed };
  }
  throw invalidParameter(`The schedule expression ${expression} is invalid. Use a rate() or cron() expression.`);
}

/**
 * When the next rotation window opens after a rotation at `fromMs`. Day-based schedules open
 * at midnight UTC of the day N days on (AWS picks a time inside that day; Kumo starts at its
 * opening so tests can move the clock to it); hour rates and cron expressions open exactly.
 */
export function nextRotationStart(rules: RotationRules, fromMs: number): number {
  if (rules.AutomaticallyAfterDays !== undefined) return startOfDay(fromMs) + rules.AutomaticallyAfterDays * DAY_MS;
  const interval = intervalOf(rules.ScheduleExpression!);
  if (interval.kind === 'rate') return interval.days ? startOfDay(fromMs) + interval.ms : fromMs + interval.ms;
  return nextCronTime(interval.cron, fromMs) ?? Number.MAX_SAFE_INTEGER;
}

/** NextRotationDate as DescribeSecret shows it: the end of the window's day for day-based schedules. */
export function nextRotationDate(rules: RotationRules, startMs: number): Date {
  const daily = rules.AutomaticallyAfterDays !== undefined || /^rate\(\d+ days?\)$/.test(rules.ScheduleExpression ?? '');
  return new Date(daily && rules.Duration === undefined ? startMs + DAY_MS - 1000 : startMs);
}

function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}
