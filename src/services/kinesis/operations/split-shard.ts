import type { OperationContext } from '../../define-service.js';
import { invalidArgument } from '../errors.js';
import { checkShardLimit, reshard, reshardable } from '../model/reshard.js';
import { findStream, type StreamAddress } from '../model/stream-lookup.js';
import { Violations } from '../model/violations.js';

export interface SplitShardInput extends StreamAddress {
  ShardToSplit?: string;
  NewStartingHashKey?: string;
}

/** Closes the shard and opens two children that divide its hash key range at NewStartingHashKey. */
export function splitShard(input: SplitShardInput, ctx: OperationContext): Record<string, never> {
  const v = new Violations();
  v.required(input.ShardToSplit, 'shardToSplit');
  v.required(input.NewStartingHashKey, 'newStartingHashKey');
  v.pattern(input.NewStartingHashKey, 'newStartingHashKey', /^(0|[1-9]\d{0,38})$/, '0|([1-9]\\d{0,38})');
  v.throwIfAny();
  const { stream, streams } = findStream(ctx, input);
  const shard = reshardable(ctx, stream, input.ShardToSplit!);
  const key = BigInt(input.NewStartingHashKey!);
  if (key <= BigInt(shard.hashStart) || key > BigInt(shard.hashEnd)) {
    throw invalidArgument(
      `NewStartingHashKey ${input.NewStartingHashKey} used in SplitShard() on shard ${shard.id} in stream ${stream.name} under account ${ctx.accountId} is not both greater than one plus the shard's StartingHashKey ${shard.hashStart} and less than the shard's EndingHashKey ${shard.hashEnd}.`,
    );
  }
  checkShardLimit(ctx, 1);
  reshard(stream, [shard], [
    { range: [shard.hashStart, (key - 1n).toString()], parent: shard.id },
    { range: [key.toString(), shard.hashEnd], parent: shard.id },
  ], ctx.clock.now());
  streams.put(stream.name, stream);
  return {};
}
