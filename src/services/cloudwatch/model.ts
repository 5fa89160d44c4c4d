/** CloudWatch metrics: wire types and the identity of a metric. */

export interface Dimension {
  Name: string;
  Value: string;
}

export interface DimensionFilter {
  Name: string;
  Value?: string;
}

export interface StatisticSet {
  SampleCount: number;
  Sum: number;
  Minimum: number;
  Maximum: number;
}

export interface MetricDatum {
  MetricName?: string;
  Dimensions?: Dimension[];
  Timestamp?: Date;
  Value?: number;
  StatisticValues?: StatisticSet;
  Values?: number[];
  Counts?: number[];
  Unit?: string;
  StorageResolution?: number;
}

export interface Metric {
  Namespace?: string;
  MetricName?: string;
  Dimensions?: Dimension[];
}

export const STANDARD_UNITS: ReadonlySet<string> = new Set([
  'Seconds', 'Microseconds', 'Milliseconds', 'Bytes', 'Kilobytes', 'Megabytes', 'Gigabytes', 'Terabytes',
  'Bits', 'Kilobits', 'Megabits', 'Gigabits', 'Terabits', 'Percent', 'Count', 'Bytes/Second',
  'Kilobytes/Second', 'Megabytes/Second', 'Gigabytes/Second', 'Terabytes/Second', 'Bits/Second',
  'Kilobits/Second', 'Megabits/Second', 'Gigabits/Second', 'Terabits/Second', 'Count/Second', 'None',
]);

export const BASIC_STATISTICS = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'] as const;
export type BasicStatistic = (typeof BASIC_STATISTICS)[number];

/** Dimensions in name order: a metric is the same whatever order the caller listed them in. */
export function sortDimensions(dimensions: readonly Dimension[] | undefined): Dimension[] {
  return [...(dimensions ?? [])]
    .map((d) => ({ Name: d.Name, Value: d.Value }))
    .sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
}

/**
 * The store key of a metric. Parts are URI-encoded so the separators (`|`, `=`, and the `#`
 * that starts a datapoint suffix) never occur inside them, and one metric's key is never a
 * prefix of another's datapoint range.
 */
export function metricKey(namespace: string, metricName: string, dimensions: readonly Dimension[] | undefined): string {
  const dims = sortDimensions(dimensions).map((d) => `${encodeURIComponent(d.Name)}=${encodeURIComponent(d.Value)}`);
  return [encodeURIComponent(namespace), encodeURIComponent(metricName), ...dims].join('|');
}

/** Key prefix of every metric in a namespace (and, if given, with one name). */
export function metricPrefix(namespace: string, metricName?: string): string {
  return metricName === undefined
    ? `${encodeURIComponent(namespace)}|`
    : `${encodeURIComponent(namespace)}|${encodeURIComponent(metricName)}`;
}

const TIME_DIGITS = 14;

export function datapointKey(metric: string, bucketMs: number, unit: string): string {
  return `${metric}#${String(bucketMs).padStart(TIME_DIGITS, '0')}#${encodeURIComponent(unit)}`;
}

/** Keys of a metric's datapoints with bucket start in [startMs, endMs). */
export function datapointRange(metric: string, startMs: number, endMs: number): { start: string; end: string } {
  return {
    start: `${metric}#${String(Math.max(0, startMs)).padStart(TIME_DIGITS, '0')}`,
    end: `${metric}#${String(Math.max(0, endMs)).padStart(TIME_DIGITS, '0')}`,
  };
}

/** Whether a metric has every dimension of the filter (any value when the filter has none). */
export function matchesDimensionFilters(dimensions: readonly Dimension[], filters: readonly DimensionFilter[]): boolean {
  return filters.every((f) => dimensions.some((d) => d.Name === f.Name && (f.Value === undefined || d.Value === f.Value)));
}

/** Opaque pagination tokens: base64url JSON, so a client cannot mistake them for keys. */
export function encodeToken(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function decodeToken(token: string): unknown {
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
