import type { ScopedTable } from '../../../store/types.js';
import type { RecordRow, ShardRow, StreamRow } from '../store.js';
import { explicitHashKey, partitionKeyHash, shardForHash } from './hash-keys.js';
import { formatSequence } from './sequence.js';
import { retentionCutoff } from './stream-lookup.js';
import { Violations } from './violations.js';

export const MAX_RECORD_BYTES = 1024 * 1024;

export interface RecordEntry {
  Data?: Uint8Array;
  PartitionKey?: string;
  ExplicitHashKey?: string;
}

/** AWS shows a too-big blob by its Java buffer, and Kumo keeps that wording. */
function bufferText(length: number): string {
  return `java.nio.HeapByteBuffer[pos=0 lim=${length} cap=${length}]`;
}

/** The model's constraints on one record; `at` is the member path ('' for PutRecord, 'records.N.member.' for PutRecords). */
export function checkEntry(v: Violations, entry: RecordEntry, at: string): void {
  v.required(entry.Data, `${at}data`);
  v.required(entry.PartitionKey, `${at}partitionKey`);
  if (entry.Data && entry.Data.length > MAX_RECORD_BYTES) v.add(bufferText(entry.Data.length), `${at}data`, `have length less than or equal to ${MAX_RECORD_BYTES}`);
  v.length(entry.PartitionKey, `${at}partitionKey`, 1, 256);
  v.pattern(entry.ExplicitHashKey, `${at}explicitHashKey`, /^(0|[1-9]\d{0,38})$/, '0|([1-9]\\d{0,38})');
}

/** The open shard a record goes to: its ExplicitHashKey, else its partition key's MD5. */
export function targetShard(stream: StreamRow, entry: RecordEntry): ShardRow {
  const hash = entry.ExplicitHashKey !== undefined ? explicitHashKey(entry.ExplicitHashKey) : partitionKeyHash(entry.PartitionKey!);
  return shardForHash(stream.shards, hash);
}

/**
 * Appends one record (inside the caller's transaction) and advances the stream's counter in
 * `stream`, which the caller writes back once.
 */
export function appendRecord(records: ScopedTable<RecordRow>, stream: StreamRow, shard: ShardRow, entry: RecordEntry, nowMs: number): string {
  const sequence = formatSequence(shard.index, stream.nextSeq);
  stream.nextSeq += 1;
  records.put(`${stream.name}/${sequence}`, { d: Buffer.from(entry.Data!).toString('base64'), k: entry.PartitionKey!, t: nowMs });
  return sequence;
}

/**
 * Drops up to `count` of the shard's oldest records that are past retention. Every write
 * request calls it for the shards it wrote to, so trimming keeps pace with writing without a
 * background sweep (reads skip expired records in any case).
 */
export function trimShard(records: ScopedTable<RecordRow>, stream: StreamRow, shard: ShardRow, nowMs: number, count: number): void {
  const cutoff = retentionCutoff(stream, nowMs);
  for (const old of records.list({ start: `${stream.name}/${formatSequence(shard.index, 0)}`, end: `${stream.name}/${formatSequence(shard.index + 1, 0)}`, limit: count })) {
    if (old.value.t >= cutoff) break;
    records.delete(old.key);
  }
}
