import type { MetricDatum } from '../model.js';

/**
 * What Kumo keeps of the raw values that fall in one bucket: the four running statistics, and
 * the distinct values with their counts for percentiles. `values` is null once percentiles
 * cannot be computed (a statistic set that is not one repeated value, or too many distinct
 * values to keep).
 */
export interface Aggregate {
  count: number;
  sum: number;
  min: number;
  max: number;
  values: Array<[number, number]> | null;
}

/** Past this many distinct values in one bucket, Kumo stops keeping them (and percentiles). */
export const MAX_DISTINCT_VALUES = 10_000;

export function aggregateOfDatum(datum: MetricDatum): Aggregate | undefined {
  if (datum.StatisticValues) {
    const s = datum.StatisticValues;
    // AWS keeps percentiles of a statistic set only when it stands for one repeated value.
    const single = s.Minimum === s.Maximum && s.Sum === s.Minimum * s.SampleCount;
    return { count: s.SampleCount, sum: s.Sum, min: s.Minimum, max: s.Maximum, values: single ? [[s.Minimum, s.SampleCount]] : null };
  }
  if (datum.Values && datum.Values.length > 0) {
    const pairs: Array<[number, number]> = datum.Values
      .map((v, i): [number, number] => [v, datum.Counts?.[i] ?? 1])
      .filter(([, c]) => c > 0);
    if (pairs.length === 0) return undefined;
    return pairs.map(([v, c]): Aggregate => ({ count: c, sum: v * c, min: v, max: v, values: [[v, c]] })).reduce(mergeAggregates);
  }
  if (datum.Value !== undefined) {
    const v = datum.Value;
    return { count: 1, sum: v, min: v, max: v, values: [[v, 1]] };
  }
  return undefined;
}

export function mergeAggregates(a: Aggregate, b: Aggregate): Aggregate {
  return {
    count: a.count + b.count,
    sum: a.sum + b.sum,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    values: a.values && b.values ? mergeValues(a.values, b.values) : null,
  };
}

function mergeValues(a: Array<[number, number]>, b: Array<[number, number]>): Array<[number, number]> | null {
  const counts = new Map<number, number>(a);
  for (const [v, c] of b) counts.set(v, (counts.get(v) ?? 0) + c);
  if (counts.size > MAX_DISTINCT_VALUES) return null;
  return [...counts.entries()].sort((x, y) => x[0] - y[0]);
}

/** Parses `p99`, `p99.9`, `p0`, `p100`: the percentile, or undefined when it is not one. */
export function parsePercentile(stat: string): number | undefined {
  const m = /^p(\d{1,3}(?:\.\d{1,10})?)$/.exec(stat);
  if (!m) return undefined;
  const p = Number(m[1]);
  return p >= 0 && p <= 100 ? p : undefined;
}

/**
 * Nearest-rank percentile over the kept values. Undefined when values were not kept or any is
 * negative (AWS offers no percentiles for metrics with negative values).
 */
export function percentile(aggregate: Aggregate, p: number): number | undefined {
  const values = aggregate.values;
  if (!values || values.length === 0 || values.some(([v]) => v < 0)) return undefined;
  const total = values.reduce((n, [, c]) => n + c, 0);
  const rank = Math.max(p / 100 * total, Number.MIN_VALUE);
  let seen = 0;
  for (const [v, c] of values) {
    seen += c;
    if (seen >= rank) return v;
  }
  return values[values.length - 1][0];
}

/** One statistic of an aggregate, by its AWS name (`Average`, `p90`). */
export function statisticValue(aggregate: Aggregate, stat: string): number | undefined {
  switch (stat) {
    case 'SampleCount': return aggregate.count;
    case 'Sum': return aggregate.sum;
    case 'Minimum': return aggregate.min;
    case 'Maximum': return aggregate.max;
    case 'Average': return aggregate.count > 0 ? aggregate.sum / aggregate.count : undefined;
    default: {
      const p = parsePercentile(stat);
      return p === undefined ? undefined : percentile(aggregate, p);
    }
  }
}

export function isSupportedStatistic(stat: string): boolean {
  return ['SampleCount', 'Sum', 'Minimum', 'Maximum', 'Average'].includes(stat) || parsePercentile(stat) !== undefined;
}
