import type { OperationContext } from '../../define-service.js';
import { SHARD_LIMIT } from '../model/reshard.js';
import { openShards } from '../model/stream-lookup.js';
import { streamsTable } from '../store.js';

/** AWS's default quota of on-demand streams per account and region. */
const ON_DEMAND_STREAM_LIMIT = 50;

export function describeLimits(_input: Record<string, never>, ctx: OperationContext): Record<string, number> {
  const streams = ctx.table(streamsTable).list().map((row) => row.value);
  return {
    ShardLimit: SHARD_LIMIT,
    OpenShardCount: streams.reduce((sum, s) => sum + openShards(s).length, 0),
    OnDemandStreamCount: streams.filter((s) => s.mode === 'ON_DEMAND').length,
    OnDemandStreamCountLimit: ON_DEMAND_STREAM_LIMIT,
  };
}
