import type { OperationContext } from '../../define-service.js';
import { invalidArgument } from '../errors.js';
import { findStream, type StreamAddress } from '../model/stream-lookup.js';
import { encryptionFields } from '../model/shapes.js';
import { Violations } from '../model/violations.js';
import { appendRecord, checkEntry, targetShard, trimShard, type RecordEntry } from '../model/write-records.js';
import { recordsTable } from '../store.js';

export interface PutRecordsInput extends StreamAddress {
  Records?: RecordEntry[];
}

const MAX_RECORDS = 500;
const MAX_REQUEST_BYTES = 5 * 1024 * 1024;

/**
 * Writes all records in one transaction. AWS can fail single records (throughput, internal
 * errors) and reports them per record; Kumo has no throughput limits, so FailedRecordCount is 0.
 */
export function putRecords(input: PutRecordsInput, ctx: OperationContext): Record<string, unknown> {
  const v = new Violations();
  v.required(input.Records, 'records');
  const entries = input.Records ?? [];
  if (input.Records && entries.length < 1) v.add('[]', 'records', 'have length greater than or equal to 1');
  if (entries.length > MAX_RECORDS) v.add(`[${entries.length} records]`, 'records', `have length less than or equal to ${MAX_RECORDS}`);
  entries.forEach((entry, i) => checkEntry(v, entry, `records.${i + 1}.member.`));
  v.throwIfAny();
  const bytes = entries.reduce((sum, e) => sum + e.Data!.length + Buffer.byteLength(e.PartitionKey!), 0);
  if (bytes > MAX_REQUEST_BYTES) throw invalidArgument('Records size exceeds 5 MB limit');
  const { stream, streams } = findStream(ctx, input);
  const shards = entries.map((entry) => targetShard(stream, entry));
  const records = ctx.table(recordsTable);
  const now = ctx.clock.now();
  const results = ctx.store.transaction(() => {
    const out = entries.map((entry, i) => ({ SequenceNumber: appendRecord(records, stream, shards[i]!, entry, now), ShardId: shards[i]!.id }));
    for (const shard of new Set(shards)) trimShard(records, stream, shard, now, 4 * entries.length);
    streams.put(stream.name, stream);
    return out;
  });
  const { EncryptionType } = encryptionFields(stream);
  return { FailedRecordCount: 0, Records: results, ...(EncryptionType === 'KMS' ? { EncryptionType } : {}) };
}
