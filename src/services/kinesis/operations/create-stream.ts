import { randomBytes } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { invalidArgument, resourceInUse } from '../errors.js';
import { checkShardLimit } from '../model/reshard.js';
import { evenRanges } from '../model/hash-keys.js';
import { formatSequence, shardId } from '../model/sequence.js';
import { streamArn } from '../model/stream-lookup.js';
import { checkTags } from '../model/tags.js';
import { Violations } from '../model/violations.js';
import { streamsTable, type ShardRow, type StreamRow } from '../store.js';

export interface CreateStreamInput {
  StreamName?: string;
  ShardCount?: number;
  StreamModeDetails?: { StreamMode?: string };
  Tags?: Record<string, string>;
}

/** On-demand streams start with four shards, as AWS's do. */
const ON_DEMAND_SHARDS = 4;

export function createStream(input: CreateStreamInput, ctx: OperationContext): Record<string, never> {
  const v = new Violations();
  v.required(input.StreamName, 'streamName');
  v.streamAddress({ StreamName: input.StreamName });
  v.range(input.ShardCount, 'shardCount', 1);
  if (input.StreamModeDetails) {
    v.required(input.StreamModeDetails.StreamMode, 'streamModeDetails.streamMode');
    v.oneOf(input.StreamModeDetails.StreamMode, 'streamModeDetails.streamMode', ['PROVISIONED', 'ON_DEMAND']);
  }
  v.throwIfAny();
  const name = input.StreamName!;
  // Without a mode or a shard count AWS creates an on-demand stream.
  const mode = input.StreamModeDetails?.StreamMode === 'PROVISIONED' || (input.StreamModeDetails === undefined && input.ShardCount !== undefined) ? 'PROVISIONED' : 'ON_DEMAND';
  if (mode === 'PROVISIONED' && input.ShardCount === undefined) throw invalidArgument('ShardCount is required for PROVISIONED stream mode.');
  if (mode === 'ON_DEMAND' && input.ShardCount !== undefined) throw invalidArgument('ShardCount cannot be specified for ON_DEMAND stream mode.');
  if (input.Tags) checkTags(input.Tags, {});
  const count = input.ShardCount ?? ON_DEMAND_SHARDS;
  const streams = ctx.table(streamsTable);
  if (streams.has(name)) throw resourceInUse(`Stream ${name} under account ${ctx.accountId} already exists.`);
  checkShardLimit(ctx, count);
  const now = ctx.clock.now();
  const shards: ShardRow[] = evenRanges(count).map(([hashStart, hashEnd], index) => ({
    id: shardId(index),
    index,
    hashStart,
    hashEnd,
    startSeq: formatSequence(index, 0),
    createdMs: now,
  }));
  const row: StreamRow = {
    name,
    id: randomBytes(8).toString('hex'),
    arn: streamArn(ctx.region, ctx.accountId, name),
    createdMs: now,
    mode,
    retentionHours: 24,
    shards,
    nextShardIndex: count,
    nextSeq: 1,
    tags: { ...(input.Tags ?? {}) },
    metrics: [],
    consumers: [],
  };
  streams.put(name, row);
  return {};
}
