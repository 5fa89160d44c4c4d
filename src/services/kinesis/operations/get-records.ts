import type { OperationContext } from '../../define-service.js';
import { invalidArgument, streamNotFound } from '../errors.js';
import { checkNotExpired, decodeIterator, encodeIterator } from '../model/shard-iterator.js';
import { formatSequence, parseSequence } from '../model/sequence.js';
import { liveShards, retentionCutoff } from '../model/stream-lookup.js';
import { encryptionFields } from '../model/shapes.js';
import { Violations } from '../model/violations.js';
import type { Row, ScopedTable } from '../../../store/types.js';
import { recordsTable, streamsTable, type RecordRow, type ShardRow, type StreamRow } from '../store.js';

export interface GetRecordsInput {
  ShardIterator?: string;
  Limit?: number;
  StreamARN?: string;
}

/** One call returns at most 10 MiB of data, as on AWS (at least one record, whatever its size). */
const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

export function getRecords(input: GetRecordsInput, ctx: OperationContext): Record<string, unknown> {
  const v = new Violations();
  v.required(input.ShardIterator, 'shardIterator');
  v.length(input.ShardIterator, 'shardIterator', 1, 512);
  v.range(input.Limit, 'limit', 1, 10000);
  v.throwIfAny();
  const position = decodeIterator(input.ShardIterator!);
  const now = ctx.clock.now();
  checkNotExpired(position, now);
  const stream = ctx.table(streamsTable).get(position.stream);
  if (!stream || stream.id !== position.id) throw streamNotFound(position.stream, ctx.accountId);
  if (input.StreamARN !== undefined && input.StreamARN !== stream.arn) throw invalidArgument(`StreamARN ${input.StreamARN} does not match the stream of the ShardIterator.`);
  const shard = liveShards(stream, now).find((s) => s.index === position.shard);
  if (!shard) throw invalidArgument('Invalid ShardIterator.');
  const limit = input.Limit ?? 10000;
  const prefix = `${stream.name}/`;
  const cutoff = retentionCutoff(stream, now);
  const live = readLive(ctx.table(recordsTable), prefix + formatSequence(shard.index, position.from), prefix + formatSequence(shard.index + 1, 0), cutoff, limit + 1);
  const { EncryptionType } = encryptionFields(stream);
  const out: Array<Record<string, unknown>> = [];
  let bytes = 0;
  let next = position.from;
  for (const row of live) {
    const data = Buffer.from(row.value.d, 'base64');
    if (out.length === limit || (out.length > 0 && bytes + data.length > MAX_RESPONSE_BYTES)) break;
    bytes += data.length;
    const sequence = row.key.slice(prefix.length);
    out.push({
      SequenceNumber: sequence,
      ApproximateArrivalTimestamp: new Date(row.value.t),
      Data: data,
      PartitionKey: row.value.k,
      ...(EncryptionType === 'KMS' ? { EncryptionType } : {}),
    });
    next = parseSequence(sequence)!.counter + 1;
  }
  const unread = live[out.length];
  const millisBehind = unread ? Math.max(0, now - unread.value.t) : 0;
  const atEnd = shard.closedMs !== undefined && unread === undefined;
  if (atEnd) return { Records: out, MillisBehindLatest: millisBehind, ChildShards: childShards(stream, shard) };
  return {
    Records: out,
    NextShardIterator: encodeIterator({ ...position, from: next, issued: now }),
    MillisBehindLatest: millisBehind,
  };
}

/** Up to `count` records in [start, end) that are within retention (expired ones lead the shard; they are skipped page by page). */
function readLive(table: ScopedTable<RecordRow>, start: string, end: string, cutoff: number, count: number): Array<Row<RecordRow>> {
  const out: Array<Row<RecordRow>> = [];
  let after: string | undefined;
  for (;;) {
    const page = table.list({ start, end, after, limit: count });
    for (const row of page) if (row.value.t >= cutoff && out.length < count) out.push(row);
    if (out.length >= count || page.length < count) return out;
    after = page[page.length - 1]!.key;
  }
}

/** The shards a closed shard was split or merged into, as GetRecords reports at its end. */
function childShards(stream: StreamRow, shard: ShardRow): Array<Record<string, unknown>> {
  return stream.shards
    .filter((s) => s.parent === shard.id || s.adjacentParent === shard.id)
    .map((s) => ({
      ShardId: s.id,
      ParentShards: [s.parent!, ...(s.adjacentParent ? [s.adjacentParent] : [])],
      HashKeyRange: { StartingHashKey: s.hashStart, EndingHashKey: s.hashEnd },
    }));
}
