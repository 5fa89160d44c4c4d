import type { OperationContext } from '../../define-service.js';
import { invalidArgument, limitExceeded } from '../errors.js';
import { streamsTable, type ShardRow, type StreamRow } from '../store.js';
import { formatSequence, shardId } from './sequence.js';
import { findShard, openShards } from './stream-lookup.js';

/** The account's shard quota in a region (AWS's default; some regions allow 500, others 200). */
export const SHARD_LIMIT = 500;

/** An open shard of the stream that may be split or merged. */
export function reshardable(ctx: OperationContext, stream: StreamRow, id: string): ShardRow {
  const shard = findShard(ctx, stream, id);
  if (shard.closedMs !== undefined) {
    throw invalidArgument(`Shard ${id} in stream ${stream.name} under account ${ctx.accountId} has already been merged or split, and thus is not eligible for merging or splitting.`);
  }
  return shard;
}

/** Checks the account-wide quota before `added` more open shards. */
export function checkShardLimit(ctx: OperationContext, added: number): void {
  const used = ctx.table(streamsTable).list().reduce((sum, row) => sum + openShards(row.value).length, 0);
  if (used + added > SHARD_LIMIT) {
    throw limitExceeded(`This request would exceed the shard limit for the account ${ctx.accountId} in ${ctx.region}. Current shard count for the account: ${used}. Limit: ${SHARD_LIMIT}. Number of additional shards that would have resulted from this request: ${added}. Refer to the AWS Service Limits page (http://docs.aws.amazon.com/general/latest/gr/aws_service_limits.html) for current limits and how to request higher limits.`);
  }
}

/**
 * Closes parents and opens their children in `stream` (the caller saves it): the parents'
 * EndingSequenceNumber takes the current counter, and children start after it, so a reader
 * finishing a parent and moving to its children sees every record once, in order.
 */
export function reshard(stream: StreamRow, parents: ShardRow[], children: Array<{ range: [string, string]; parent: string; adjacentParent?: string }>, nowMs: number): ShardRow[] {
  const closing = stream.nextSeq;
  stream.nextSeq += 1;
  stream.shards = stream.shards.map((s) => (parents.some((p) => p.id === s.id) ? { ...s, endSeq: formatSequence(s.index, closing), closedMs: nowMs } : s));
  const added = children.map((child) => {
    const index = stream.nextShardIndex++;
    return {
      id: shardId(index),
      index,
      parent: child.parent,
      ...(child.adjacentParent ? { adjacentParent: child.adjacentParent } : {}),
      hashStart: child.range[0],
      hashEnd: child.range[1],
      startSeq: formatSequence(index, stream.nextSeq),
      createdMs: nowMs,
    };
  });
  stream.shards.push(...added);
  return added;
}
