import { mergeAggregates, type Aggregate } from './aggregate.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Periods AWS accepts: 1, 5, 10 and 30 seconds for high-resolution data, else multiples of 60. */
export function isValidPeriod(period: number): boolean {
  return Number.isInteger(period) && period > 0 && ([1, 5, 10, 30].includes(period) || period % 60 === 0);
}

/**
 * Where AWS starts counting periods: StartTime rounded down to the whole minute when it is less
 * than 15 days ago, to 5 minutes up to 63 days ago, to the hour beyond. Sub-minute periods
 * (high-resolution data) start on the whole second.
 */
export function alignedStart(startMs: number, periodSeconds: number, nowMs: number): number {
  const age = nowMs - startMs;
  let unit: number;
  if (age > 63 * DAY) unit = 60 * MINUTE;
  else if (age > 15 * DAY) unit = 5 * MINUTE;
  else unit = periodSeconds < 60 ? 1000 : MINUTE;
  return Math.floor(startMs / unit) * unit;
}

/** How many periods [start, end) spans: what AWS checks against its datapoint limits. */
export function periodCount(startMs: number, endMs: number, periodSeconds: number): number {
  return Math.max(0, Math.ceil((endMs - startMs) / (periodSeconds * 1000)));
}

/** Bucket start of a raw timestamp: seconds for high-resolution data, minutes otherwise. */
export function bucketStart(timestampMs: number, storageResolution: number): number {
  const unit = storageResolution === 1 ? 1000 : MINUTE;
  return Math.floor(timestampMs / unit) * unit;
}

export interface TimedAggregate {
  /** Bucket start, epoch ms. */
  time: number;
  aggregate: Aggregate;
}

/**
 * Folds stored buckets into periods of `periodSeconds` counted from `startMs`; only periods
 * that hold data come back, in time order.
 */
export function aggregateByPeriod(buckets: readonly TimedAggregate[], startMs: number, periodSeconds: number): TimedAggregate[] {
  const periodMs = periodSeconds * 1000;
  const byPeriod = new Map<number, Aggregate>();
  for (const bucket of buckets) {
    if (bucket.time < startMs) continue;
    const time = startMs + Math.floor((bucket.time - startMs) / periodMs) * periodMs;
    const existing = byPeriod.get(time);
    byPeriod.set(time, existing ? mergeAggregates(existing, bucket.aggregate) : bucket.aggregate);
  }
  return [...byPeriod.entries()].sort((a, b) => a[0] - b[0]).map(([time, aggregate]) => ({ time, aggregate }));
}
