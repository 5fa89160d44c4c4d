import type { OperationContext } from '../../define-service.js';
import { findStream, type StreamAddress } from './stream-lookup.js';
import { Violations } from './violations.js';

const METRICS = ['IncomingBytes', 'IncomingRecords', 'OutgoingBytes', 'OutgoingRecords', 'WriteProvisionedThroughputExceeded', 'ReadProvisionedThroughputExceeded', 'IteratorAgeMilliseconds'];

export interface MonitoringInput extends StreamAddress {
  ShardLevelMetrics?: string[];
}

/**
 * Enable/DisableEnhancedMonitoring: records which shard-level metrics are on ("ALL" stands for
 * every one). Kumo does not publish them to CloudWatch.
 */
export function changeMonitoring(input: MonitoringInput, ctx: OperationContext, enable: boolean): Record<string, unknown> {
  const v = new Violations();
  v.required(input.ShardLevelMetrics, 'shardLevelMetrics');
  const asked = input.ShardLevelMetrics ?? [];
  if (input.ShardLevelMetrics && (asked.length < 1 || asked.length > 7)) {
    v.add(`[${asked.join(', ')}]`, 'shardLevelMetrics', asked.length < 1 ? 'have length greater than or equal to 1' : 'have length less than or equal to 7');
  }
  asked.forEach((m, i) => v.oneOf(m, `shardLevelMetrics.${i + 1}.member`, [...METRICS, 'ALL']));
  v.throwIfAny();
  const { stream, streams } = findStream(ctx, input);
  const named = asked.includes('ALL') ? METRICS : asked;
  const current = [...stream.metrics];
  const desired = enable ? METRICS.filter((m) => current.includes(m) || named.includes(m)) : current.filter((m) => !named.includes(m));
  streams.put(stream.name, { ...stream, metrics: desired });
  return { StreamName: stream.name, CurrentShardLevelMetrics: current, DesiredShardLevelMetrics: desired, StreamARN: stream.arn };
}
