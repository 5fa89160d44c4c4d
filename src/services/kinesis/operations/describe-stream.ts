import type { OperationContext } from '../../define-service.js';
import { findStream, liveShards, type StreamAddress } from '../model/stream-lookup.js';
import { describeCommon, shardShape } from '../model/shapes.js';
import { Violations } from '../model/violations.js';

export interface DescribeStreamInput extends StreamAddress {
  Limit?: number;
  ExclusiveStartShardId?: string;
}

export function describeStream(input: DescribeStreamInput, ctx: OperationContext): Record<string, unknown> {
  const v = new Violations();
  v.range(input.Limit, 'limit', 1, 10000);
  v.length(input.ExclusiveStartShardId, 'exclusiveStartShardId', 1, 128);
  v.throwIfAny();
  const { stream } = findStream(ctx, input);
  const limit = input.Limit ?? 100;
  let shards = liveShards(stream, ctx.clock.now());
  if (input.ExclusiveStartShardId !== undefined) shards = shards.filter((s) => s.id > input.ExclusiveStartShardId!);
  return {
    StreamDescription: {
      ...describeCommon(stream),
      Shards: shards.slice(0, limit).map(shardShape),
      HasMoreShards: shards.length > limit,
    },
  };
}
