import type { OperationContext } from '../../define-service.js';
import { invalidNextToken, invalidParameterValue, validationError } from '../errors.js';
import { decodeToken, encodeToken, metricKey, type Metric } from '../model.js';
import { isSupportedStatistic, statisticValue } from '../model/aggregate.js';
import { aggregateByPeriod, alignedStart } from '../model/periods.js';
import { checkPeriod, checkTimeWindow, checkUnit, requireParameter } from '../model/query-rules.js';
import { datapointsTable, readBuckets, rowAggregate } from '../store.js';

export interface MetricDataQuery {
  Id?: string;
  MetricStat?: { Metric?: Metric; Period?: number; Stat?: string; Unit?: string };
  Expression?: string;
  Label?: string;
  ReturnData?: boolean;
  Period?: number;
  AccountId?: string;
}

export interface GetMetricDataInput {
  MetricDataQueries?: MetricDataQuery[];
  StartTime?: Date;
  EndTime?: Date;
  NextToken?: string;
  ScanBy?: string;
  MaxDatapoints?: number;
  LabelOptions?: { Timezone?: string };
}

export interface MetricDataResult {
  Id: string;
  Label: string;
  Timestamps: Date[];
  Values: number[];
  StatusCode: 'Complete' | 'PartialData';
  Messages: Array<{ Code: string; Value: string }>;
}

export interface GetMetricDataOutput {
  MetricDataResults: MetricDataResult[];
  NextToken?: string;
  Messages: Array<{ Code: string; Value: string }>;
}

export const MAX_QUERIES = 500;
/** AWS's ceiling on datapoints in one GetMetricData answer, and the page size by default. */
export const MAX_DATAPOINTS_PER_CALL = 100_800;

interface Series {
  id: string;
  label: string;
  points: Array<{ time: number; value: number }>;
}

export function getMetricData(input: GetMetricDataInput, ctx: OperationContext): GetMetricDataOutput {
  const queries = requireParameter(input.MetricDataQueries, 'MetricDataQueries');
  const startTime = requireParameter(input.StartTime, 'StartTime');
  const endTime = requireParameter(input.EndTime, 'EndTime');
  if (queries.length === 0) throw invalidParameterValue('The collection MetricDataQueries must not be empty.');
  if (queries.length > MAX_QUERIES) {
    throw invalidParameterValue(`The collection MetricDataQueries must not have a size greater than ${MAX_QUERIES}.`);
  }
  checkTimeWindow(startTime, endTime);
  const scanBy = input.ScanBy ?? 'TimestampDescending';
  if (scanBy !== 'TimestampDescending' && scanBy !== 'TimestampAscending') {
    throw invalidParameterValue(`The value ${scanBy} for parameter ScanBy is invalid.`);
  }
  const max = input.MaxDatapoints ?? MAX_DATAPOINTS_PER_CALL;
  if (!Number.isInteger(max) || max < 1) throw invalidParameterValue(`The value ${max} for parameter MaxDatapoints is invalid.`);
  let offset = 0;
  if (input.NextToken !== undefined) {
    const token = decodeToken(input.NextToken) as { offset?: unknown } | undefined;
    if (typeof token?.offset !== 'number' || !Number.isInteger(token.offset) || token.offset < 0) throw invalidNextToken();
    offset = token.offset;
  }
  checkQueries(queries);

  const now = ctx.clock.now();
  const table = ctx.table(datapointsTable);
  const series: Series[] = queries
    .filter((q) => q.ReturnData !== false)
    .map((q) => {
      const stat = q.MetricStat!;
      const metric = stat.Metric!;
      const period = stat.Period!;
      const start = alignedStart(startTime.getTime(), period, now);
      const key = metricKey(metric.Namespace!, metric.MetricName!, metric.Dimensions);
      // Without a Unit, data of every unit is one series, as a single line on a graph is.
      const rows = readBuckets(table, key, start, endTime.getTime(), stat.Unit);
      const points = aggregateByPeriod(rows.map((r) => ({ time: r.t, aggregate: rowAggregate(r) })), start, period)
        .map(({ time, aggregate }) => ({ time, value: statisticValue(aggregate, stat.Stat!) }))
        .filter((p): p is { time: number; value: number } => p.value !== undefined);
      if (scanBy === 'TimestampDescending') points.reverse();
      return { id: q.Id!, label: q.Label ?? metric.MetricName!, points };
    });
  return paginate(series, offset, max);
}

/**
 * One page of the series laid end to end: `max` datapoints from `offset`. A series cut by the
 * page end is PartialData; the rest of it comes with the NextToken.
 */
function paginate(series: readonly Series[], offset: number, max: number): GetMetricDataOutput {
  const total = series.reduce((n, s) => n + s.points.length, 0);
  const pageEnd = offset + max;
  const results: MetricDataResult[] = [];
  let position = 0;
  for (const s of series) {
    const from = position;
    const to = position + s.points.length;
    position = to;
    const overlaps = to > offset && from < pageEnd;
    const emptyHere = from === to && from >= offset && (from < pageEnd || pageEnd >= total);
    if (!overlaps && !emptyHere) continue;
    const slice = s.points.slice(Math.max(0, offset - from), Math.max(0, pageEnd - from));
    results.push({
      Id: s.id,
      Label: s.label,
      Timestamps: slice.map((p) => new Date(p.time)),
      Values: slice.map((p) => p.value),
      StatusCode: to > pageEnd ? 'PartialData' : 'Complete',
      Messages: [],
    });
  }
  const output: GetMetricDataOutput = { MetricDataResults: results, Messages: [] };
  if (pageEnd < total) output.NextToken = encodeToken({ offset: pageEnd });
  return output;
}

function checkQueries(queries: readonly MetricDataQuery[]): void {
  const ids = new Set<string>();
  queries.forEach((q, i) => {
    const at = `MetricDataQueries.member.${i + 1}`;
    const id = requireParameter(q.Id, `${at}.Id`);
    if (!/^[a-z][a-zA-Z0-9_]*$/.test(id) || id.length > 255) {
      throw validationError(`The value ${id} for parameter ${at}.Id is invalid. Ids must start with a lowercase letter and contain only letters, numbers and underscores.`);
    }
    if (ids.has(id)) throw validationError(`The value ${id} for parameter ${at}.Id is not unique.`);
    ids.add(id);
    if (q.Expression !== undefined) {
      throw invalidParameterValue(
        `Kumo does not evaluate metric math or Metrics Insights expressions (${at}.Expression); use MetricStat queries.`,
      );
    }
    const stat = q.MetricStat;
    if (!stat) throw validationError(`Exactly one of ${at}.MetricStat and ${at}.Expression must be specified.`);
    const metric = requireParameter(stat.Metric, `${at}.MetricStat.Metric`);
    requireParameter(metric.Namespace, `${at}.MetricStat.Metric.Namespace`);
    requireParameter(metric.MetricName, `${at}.MetricStat.Metric.MetricName`);
    checkPeriod(requireParameter(stat.Period, `${at}.MetricStat.Period`), `${at}.MetricStat.Period`);
    const statName = requireParameter(stat.Stat, `${at}.MetricStat.Stat`);
    if (!isSupportedStatistic(statName)) {
      throw validationError(`The value ${statName} for parameter ${at}.MetricStat.Stat is not a valid statistic.`);
    }
    checkUnit(stat.Unit, `${at}.MetricStat.Unit`);
  });
}
