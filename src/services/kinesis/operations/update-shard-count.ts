import type { OperationContext } from '../../define-service.js';
import { invalidArgument, limitExceeded } from '../errors.js';
import { evenRanges } from '../model/hash-keys.js';
import { checkShardLimit, reshard } from '../model/reshard.js';
import { findStream, openShards, type StreamAddress } from '../model/stream-lookup.js';
import { Violations } from '../model/violations.js';

export interface UpdateShardCountInput extends StreamAddress {
  TargetShardCount?: number;
  ScalingType?: string;
}

/**
 * UNIFORM_SCALING in one step: every open shard closes and the target count of even shards
 * opens, each child naming the old shards its range overlaps as parents (AWS reaches the same
 * layout through a series of splits and merges, so its intermediate shards are not mirrored).
 */
export function updateShardCount(input: UpdateShardCountInput, ctx: OperationContext): Record<string, unknown> {
  const v = new Violations();
  v.required(input.TargetShardCount, 'targetShardCount');
  v.range(input.TargetShardCount, 'targetShardCount', 1);
  v.required(input.ScalingType, 'scalingType');
  v.oneOf(input.ScalingType, 'scalingType', ['UNIFORM_SCALING']);
  v.throwIfAny();
  const { stream, streams } = findStream(ctx, input);
  if (stream.mode === 'ON_DEMAND') throw invalidArgument(`UpdateShardCount is not supported for stream ${stream.name} under account ${ctx.accountId} in ON_DEMAND mode.`);
  const open = openShards(stream);
  const current = open.length;
  const target = input.TargetShardCount!;
  if (target > current * 2) {
    throw limitExceeded(`UpdateShardCount cannot scale up over double your current open shard count. Current open shard count: ${current} Target shard count: ${target}`);
  }
  if (target * 2 < current) {
    throw limitExceeded(`UpdateShardCount cannot scale down below half your current open shard count. Current open shard count: ${current} Target shard count: ${target}`);
  }
  if (target !== current) {
    checkShardLimit(ctx, target - current);
    const children = evenRanges(target).map((range) => {
      const overlapping = open.filter((s) => BigInt(s.hashStart) <= BigInt(range[1]) && BigInt(range[0]) <= BigInt(s.hashEnd));
      return { range, parent: overlapping[0]!.id, adjacentParent: overlapping[1]?.id };
    });
    reshard(stream, open, children, ctx.clock.now());
    streams.put(stream.name, stream);
  }
  return { StreamName: stream.name, CurrentShardCount: current, TargetShardCount: target, StreamARN: stream.arn };
}
