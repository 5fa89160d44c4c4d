import type { OperationContext } from '../../define-service.js';
import { invalidParameterCombination, invalidParameterValue } from '../errors.js';
import { BASIC_STATISTICS, metricKey, type Dimension } from '../model.js';
import { parsePercentile, statisticValue } from '../model/aggregate.js';
import { aggregateByPeriod, alignedStart, periodCount } from '../model/periods.js';
import { checkDimensions, checkPeriod, checkTimeWindow, checkUnit, requireParameter } from '../model/query-rules.js';
import { datapointsTable, readBuckets, rowAggregate, type DatapointRow } from '../store.js';

export interface GetMetricStatisticsInput {
  Namespace?: string;
  MetricName?: string;
  Dimensions?: Dimension[];
  StartTime?: Date;
  EndTime?: Date;
  Period?: number;
  Statistics?: string[];
  ExtendedStatistics?: string[];
  Unit?: string;
}

export interface Datapoint {
  Timestamp: Date;
  SampleCount?: number;
  Average?: number;
  Sum?: number;
  Minimum?: number;
  Maximum?: number;
  Unit: string;
  ExtendedStatistics?: Record<string, number>;
}

export interface GetMetricStatisticsOutput {
  Label: string;
  Datapoints: Datapoint[];
}

export const MAX_DATAPOINTS = 1440;

export function getMetricStatistics(input: GetMetricStatisticsInput, ctx: OperationContext): GetMetricStatisticsOutput {
  const namespace = requireParameter(input.Namespace, 'Namespace');
  const metricName = requireParameter(input.MetricName, 'MetricName');
  const startTime = requireParameter(input.StartTime, 'StartTime');
  const endTime = requireParameter(input.EndTime, 'EndTime');
  const period = requireParameter(input.Period, 'Period');
  const statistics = input.Statistics ?? [];
  const extended = input.ExtendedStatistics ?? [];
  checkStatistics(statistics, extended);
  checkDimensions(input.Dimensions, 'Dimensions');
  checkPeriod(period, 'Period');
  checkUnit(input.Unit, 'Unit');
  checkTimeWindow(startTime, endTime);

  const start = alignedStart(startTime.getTime(), period, ctx.clock.now());
  const end = endTime.getTime();
  const requested = periodCount(start, end, period);
  if (requested > MAX_DATAPOINTS) {
    throw invalidParameterCombination(
      `You have requested up to ${requested} datapoints, which exceeds the limit of ${MAX_DATAPOINTS}. ` +
        'You may reduce the datapoints requested by increasing Period, or decreasing the time range.',
    );
  }

  const rows = readBuckets(ctx.table(datapointsTable), metricKey(namespace, metricName, input.Dimensions), start, end, input.Unit);
  // Data published with different units is kept apart, one datapoint per unit and period.
  const byUnit = new Map<string, DatapointRow[]>();
  for (const row of rows) byUnit.set(row.unit, [...(byUnit.get(row.unit) ?? []), row]);
  const Datapoints: Datapoint[] = [];
  for (const [unit, unitRows] of byUnit) {
    const periods = aggregateByPeriod(unitRows.map((r) => ({ time: r.t, aggregate: rowAggregate(r) })), start, period);
    for (const { time, aggregate } of periods) {
      const point: Datapoint = { Timestamp: new Date(time), Unit: unit };
      for (const stat of statistics) point[stat as (typeof BASIC_STATISTICS)[number]] = statisticValue(aggregate, stat);
      if (extended.length > 0) {
        const values: Record<string, number> = {};
        for (const stat of extended) {
          const v = statisticValue(aggregate, stat);
          if (v !== undefined) values[stat] = v;
        }
        point.ExtendedStatistics = values;
      }
      Datapoints.push(point);
    }
  }
  Datapoints.sort((a, b) => a.Timestamp.getTime() - b.Timestamp.getTime());
  return { Label: metricName, Datapoints };
}

function checkStatistics(statistics: readonly string[], extended: readonly string[]): void {
  if (statistics.length === 0 && extended.length === 0) {
    throw invalidParameterCombination('At least one of the parameters Statistics and ExtendedStatistics must be specified.');
  }
  if (statistics.length > 0 && extended.length > 0) {
    throw invalidParameterCombination(
      'The parameters Statistics and ExtendedStatistics are mutually exclusive and you have specified both.',
    );
  }
  if (statistics.length > 5) throw invalidParameterValue('The collection Statistics must not have a size greater than 5.');
  if (extended.length > 10) throw invalidParameterValue('The collection ExtendedStatistics must not have a size greater than 10.');
  statistics.forEach((stat, i) => {
    if (!(BASIC_STATISTICS as readonly string[]).includes(stat)) {
      throw invalidParameterValue(
        `The parameter Statistics.member.${i + 1} must be a value in the set [ Sum, Maximum, Minimum, SampleCount, Average ].`,
      );
    }
  });
  extended.forEach((stat, i) => {
    if (parsePercentile(stat) === undefined) {
      throw invalidParameterValue(`The value ${stat} for parameter ExtendedStatistics.member.${i + 1} is invalid.`);
    }
  });
}
