import { randomBytes } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { invalidArgument, limitExceeded, resourceInUse } from '../errors.js';
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
/** AWS's default shard quota per account and region (us-east-1 and a few others allow 500). */
const SHARD_LIMIT = 500;

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
  const existing = streams.list();
  if (existing.some((row) => row.key === name)) throw resourceInUse(`Stream ${name} under account ${ctx.accountId} already exists.`);
  const used = existing.reduce((sum, row) => sum + row.value.shards.filter((s) => s.closedMs === undefined).length, 0);
  if (used + count > SHARD_LIMIT) {
    throw limitExceeded(`This request would exceed the shard limit for the account ${ctx.accountId} in ${ctx.region}. Current shard count for the account: ${used}. Limit: ${SHARD_LIMIT}. Number of additional shards that would have resulted from this request: ${count}. Refer to the AWS Service Limits page (http://docs.aws.amazon.com/general/latest/gr/aws_service_limits.html) for current limits and how to request higher limits.`);
  }
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
