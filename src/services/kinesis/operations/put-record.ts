import type { OperationContext } from '../../define-service.js';
import { findStream, type StreamAddress } from '../model/stream-lookup.js';
import { encryptionFields } from '../model/shapes.js';
import { Violations } from '../model/violations.js';
import { appendRecord, checkEntry, targetShard, trimShard, type RecordEntry } from '../model/write-records.js';
import { recordsTable } from '../store.js';

export interface PutRecordInput extends StreamAddress, RecordEntry {
  SequenceNumberForOrdering?: string;
}

/**
 * Sequence numbers only ever grow in Kumo, so SequenceNumberForOrdering (strict order for one
 * partition key) holds without further work; it is only checked for form.
 */
export function putRecord(input: PutRecordInput, ctx: OperationContext): Record<string, unknown> {
  const v = new Violations();
  checkEntry(v, input, '');
  v.pattern(input.SequenceNumberForOrdering, 'sequenceNumberForOrdering', /^(0|[1-9]\d{0,128})$/, '0|([1-9]\\d{0,128})');
  v.throwIfAny();
  const { stream, streams } = findStream(ctx, input);
  const shard = targetShard(stream, input);
  const records = ctx.table(recordsTable);
  const sequence = ctx.store.transaction(() => {
    const seq = appendRecord(records, stream, shard, input, ctx.clock.now());
    trimShard(records, stream, shard, ctx.clock.now(), 4);
    streams.put(stream.name, stream);
    return seq;
  });
  const { EncryptionType } = encryptionFields(stream);
  return { ShardId: shard.id, SequenceNumber: sequence, ...(EncryptionType === 'KMS' ? { EncryptionType } : {}) };
}
