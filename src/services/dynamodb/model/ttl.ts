import type { AttributeValue } from './attribute-value.js';

/** DynamoDB skips items whose expiry is more than five years in the past. */
const FIVE_YEARS_MS = 5 * 365 * 24 * 60 * 60 * 1000;

/**
 * The time (epoch ms) an item with this TTL attribute value expires, or undefined when the value
 * does not make it expire: not a Number, or not a plausible epoch-seconds time.
 */
export function ttlDue(value: AttributeValue | undefined): number | undefined {
  if (value === undefined || !('N' in value)) return undefined;
  const seconds = Number(value.N);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 1e13) return undefined;
  return Math.floor(seconds * 1000);
}

/** Whether an item due at `dueMs` is to be deleted at `nowMs` (expired, and not more than five years ago). */
export function isExpired(dueMs: number, nowMs: number): boolean {
  return dueMs <= nowMs && nowMs - dueMs <= FIVE_YEARS_MS;
}
