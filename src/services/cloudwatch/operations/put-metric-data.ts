import type { OperationContext } from '../../define-service.js';
import { invalidParameterValue, missingParameter } from '../errors.js';
import { datapointKey, metricKey, sortDimensions, type MetricDatum } from '../model.js';
import { aggregateOfDatum, mergeAggregates } from '../model/aggregate.js';
import { checkMetricData, isValidNamespace, MAX_METRIC_DATA } from '../model/datum-rules.js';
import { bucketStart } from '../model/periods.js';
import { datapointsTable, metricsTable, rowAggregate } from '../store.js';

export interface PutMetricDataInput {
  Namespace?: string;
  MetricData?: MetricDatum[];
}

export function putMetricData(input: PutMetricDataInput, ctx: OperationContext): Record<string, never> {
  const now = ctx.clock.now();
  if (input.Namespace === undefined) throw missingParameter('The parameter Namespace is required.');
  if (!isValidNamespace(input.Namespace)) {
    throw invalidParameterValue(`The value ${input.Namespace} for parameter Namespace is invalid.`);
  }
  const data = input.MetricData ?? [];
  if (data.length === 0) throw missingParameter('The parameter MetricData is required.');
  if (data.length > MAX_METRIC_DATA) {
    throw invalidParameterValue(`The collection MetricData must not have a size greater than ${MAX_METRIC_DATA}.`);
  }
  checkMetricData(data, now);

  const metrics = ctx.table(metricsTable);
  const datapoints = ctx.table(datapointsTable);
  const namespace = input.Namespace;
  ctx.store.transaction(() => {
    for (const datum of data) {
      const name = datum.MetricName!;
      const key = metricKey(namespace, name, datum.Dimensions);
      metrics.put(key, { Namespace: namespace, MetricName: name, Dimensions: sortDimensions(datum.Dimensions), lastPutMs: now });
      const aggregate = aggregateOfDatum(datum);
      if (!aggregate) continue;
      const unit = datum.Unit ?? 'None';
      const t = bucketStart(datum.Timestamp?.getTime() ?? now, datum.StorageResolution ?? 60);
      const rowKey = datapointKey(key, t, unit);
      const existing = datapoints.get(rowKey);
      const merged = existing ? mergeAggregates(rowAggregate(existing), aggregate) : aggregate;
      datapoints.put(rowKey, { t, unit, ...merged });
    }
  });
  return {};
}
