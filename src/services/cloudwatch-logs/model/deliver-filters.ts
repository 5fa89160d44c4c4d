import { gzipSync } from 'node:zlib';
import type { OperationContext } from '../../define-service.js';
import { isAwsError } from '../../../shared/aws-error.js';
import { metricFiltersTable, subscriptionFiltersTable } from '../store.js';
import { compileFilterPattern } from './filter-pattern.js';
import { extractValue } from './log-filters.js';

export interface StoredEvent {
  id: string;
  timestamp: number;
  message: string;
}

const METRIC_DATA_PER_CALL = 1000;
const EVENTS_PER_DELIVERY = 500;

/**
 * What happens to events after they are stored: metric filters publish to CloudWatch
 * (`PutMetricData`), subscription filters send AWS's gzipped, base64 `awslogs` payload to
 * their Lambda function (an Event invocation). Failures here never fail the PutLogEvents.
 */
export async function deliverToFilters(ctx: OperationContext, group: string, stream: string, events: readonly StoredEvent[]): Promise<void> {
  if (events.length === 0) return;
  const metricFilters = ctx.table(metricFiltersTable).list({ prefix: `${group}:` });
  const subscriptions = ctx.table(subscriptionFiltersTable).list({ prefix: `${group}:` });
  for (const { value: filter } of metricFilters) {
    const matcher = compileFilterPattern(filter.filterPattern);
    const matched = events.filter((e) => matcher(e.message));
    for (const t of filter.metricTransformations) {
      const data = matched.flatMap((e) => {
        const value = Number(extractValue(t.metricValue, e.message));
        if (!Number.isFinite(value)) return [];
        const dimensions = Object.entries(t.dimensions ?? {}).map(([Name, selector]) => ({ Name, Value: extractValue(selector, e.message) }));
        if (dimensions.some((d) => d.Value === undefined)) return [];
        return [{ MetricName: t.metricName, Timestamp: new Date(e.timestamp), Value: value, ...(t.unit ? { Unit: t.unit } : {}), ...(dimensions.length ? { Dimensions: dimensions } : {}) }];
      });
      if (data.length === 0 && t.defaultValue !== undefined) data.push({ MetricName: t.metricName, Timestamp: new Date(ctx.clock.now()), Value: t.defaultValue, ...(t.unit ? { Unit: t.unit } : {}) });
      for (let i = 0; i < data.length; i += METRIC_DATA_PER_CALL) {
        await quietly(ctx.aws.call('cloudwatch', 'PutMetricData', { Namespace: t.metricNamespace, MetricData: data.slice(i, i + METRIC_DATA_PER_CALL) }, ctx));
      }
    }
  }
  for (const { value: filter } of subscriptions) {
    const matcher = compileFilterPattern(filter.filterPattern);
    const matched = events.filter((e) => matcher(e.message));
    for (let i = 0; i < matched.length; i += EVENTS_PER_DELIVERY) {
      const payload = {
        messageType: 'DATA_MESSAGE',
        owner: ctx.accountId,
        logGroup: group,
        logStream: stream,
        subscriptionFilters: [filter.filterName],
        logEvents: matched.slice(i, i + EVENTS_PER_DELIVERY).map((e) => ({ id: e.id, timestamp: e.timestamp, message: e.message })),
      };
      const data = gzipSync(Buffer.from(JSON.stringify(payload))).toString('base64');
      await quietly(ctx.aws.call('lambda', 'Invoke', { FunctionName: filter.destinationArn, InvocationType: 'Event', Payload: Buffer.from(JSON.stringify({ awslogs: { data } })) }, ctx));
    }
  }
}

async function quietly(call: Promise<unknown>): Promise<void> {
  try {
    await call;
  } catch (error) {
    if (!isAwsError(error)) throw error;
  }
}
