import type { OperationContext } from '../../define-service.js';
import { invalidArgument } from '../errors.js';
import { reshard, reshardable } from '../model/reshard.js';
import { findStream, type StreamAddress } from '../model/stream-lookup.js';
import { Violations } from '../model/violations.js';

export interface MergeShardsInput extends StreamAddress {
  ShardToMerge?: string;
  AdjacentShardToMerge?: string;
}

/** Closes two shards whose hash key ranges touch and opens one child covering both. */
export function mergeShards(input: MergeShardsInput, ctx: OperationContext): Record<string, never> {
  const v = new Violations();
  v.required(input.ShardToMerge, 'shardToMerge');
  v.required(input.AdjacentShardToMerge, 'adjacentShardToMerge');
  v.throwIfAny();
  const { stream, streams } = findStream(ctx, input);
  const a = reshardable(ctx, stream, input.ShardToMerge!);
  const b = reshardable(ctx, stream, input.AdjacentShardToMerge!);
  const [low, high] = BigInt(a.hashStart) < BigInt(b.hashStart) ? [a, b] : [b, a];
  if (BigInt(low.hashEnd) + 1n !== BigInt(high.hashStart)) {
    throw invalidArgument(`Shards ${a.id} and ${b.id} in stream ${stream.name} under account ${ctx.accountId} are not an adjacent pair of shards eligible for merging`);
  }
  reshard(stream, [a, b], [{ range: [low.hashStart, high.hashEnd], parent: a.id, adjacentParent: b.id }], ctx.clock.now());
  streams.put(stream.name, stream);
  return {};
}
