import { defineTable, type ScopedTable } from '../../store/types.js';
import { datapointRange, type Dimension } from './model.js';
import type { Aggregate } from './model/aggregate.js';

/** One metric as ListMetrics shows it; keyed by `metricKey`. */
export interface MetricRow {
  Namespace: string;
  MetricName: string;
  Dimensions: Dimension[];
  /** When data last arrived (clock time, epoch ms): drives RecentlyActive and the two-week listing window. */
  lastPutMs: number;
}

/**
 * One metric's raw values in one bucket (a second for high-resolution data, a minute
 * otherwise) and one unit; keyed by `datapointKey`.
 */
export interface DatapointRow {
  /** Bucket start, epoch ms. */
  t: number;
  unit: string;
  count: number;
  sum: number;
  min: number;
  max: number;
  /** Distinct values and their counts, ascending; null when percentiles are unavailable. */
  values: Array<[number, number]> | null;
}

export const metricsTable = defineTable<MetricRow>({ service: 'cloudwatch', name: 'metrics', scope: 'region' });
export const datapointsTable = defineTable<DatapointRow>({ service: 'cloudwatch', name: 'datapoints', scope: 'region' });

/** A metric's stored buckets with start in [startMs, endMs), optionally of one unit only. */
export function readBuckets(
  table: ScopedTable<DatapointRow>,
  metric: string,
  startMs: number,
  endMs: number,
  unit?: string,
): DatapointRow[] {
  const rows = table.list(datapointRange(metric, startMs, endMs)).map((row) => row.value);
  return unit === undefined ? rows : rows.filter((row) => row.unit === unit);
}

export function rowAggregate(row: DatapointRow): Aggregate {
  return { count: row.count, sum: row.sum, min: row.min, max: row.max, values: row.values };
}
