import type { ScopeKey, Store } from '../../../store/types.js';
import { mapToWire } from '../../dynamodb/model/attribute-value.js';
import { formatSequence, STREAM_RETENTION_MS } from '../../dynamodb/model/streams.js';
import { streamRecordsTable, streamsTable, type StreamRecordRow, type StreamRow } from '../../dynamodb/store.js';
import { findStream } from './stream-address.js';

/** GetRecords answers at most 1 MB. */
const MAX_BYTES = 1024 * 1024;

/** A stream record as GetRecords returns it (binary as bytes, the time as a Date). */
export interface WireStreamRecord {
  eventID: string;
  eventName: string;
  eventVersion: string;
  eventSource: string;
  awsRegion: string;
  dynamodb: Record<string, unknown>;
  userIdentity?: { PrincipalId: string; Type: string };
}

export interface StreamReadResult {
  records: WireStreamRecord[];
  /** The sequence number to read after next time (unchanged when nothing was read). */
  after: number;
  /** The stream is disabled and everything in it has been read: no more records will come. */
  closed: boolean;
  stream: StreamRow;
}

export function streamRecordPrefix(stream: StreamRow): string {
  return `${stream.tableName}/${stream.label}/`;
}

/** Deletes up to a batch of the stream's records older than 24 hours; returns the oldest kept sequence number. */
export function trimStream(store: Store, scope: ScopeKey, stream: StreamRow, nowMs: number): number {
  const records = store.table(streamRecordsTable, scope);
  const prefix = streamRecordPrefix(stream);
  const cutoff = nowMs - STREAM_RETENTION_MS;
  let last: string | undefined;
  for (const row of records.list({ prefix, limit: 1000 })) {
    if (row.value.t >= cutoff) return Number(row.key.slice(prefix.length));
    last = row.key;
  }
  if (last !== undefined) store.transaction(() => records.deleteRange({ prefix, end: `${last}\u0000` }));
  const first = records.list({ prefix, limit: 1 })[0];
  return first ? Number(first.key.slice(prefix.length)) : stream.nextSeq;
}

export function toWireRecord(row: StreamRecordRow, seq: number, stream: StreamRow, region: string): WireStreamRecord {
  return {
    eventID: row.id,
    eventName: row.n,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: region,
    dynamodb: {
      // DynamoDB rounds the record's time down to the second.
      ApproximateCreationDateTime: new Date(Math.floor(row.t / 1000) * 1000),
      Keys: mapToWire(row.k),
      ...(row.ni ? { NewImage: mapToWire(row.ni) } : {}),
      ...(row.oi ? { OldImage: mapToWire(row.oi) } : {}),
      SequenceNumber: formatSequence(seq),
      SizeBytes: row.z,
      StreamViewType: stream.viewType,
    },
    ...(row.svc ? { userIdentity: { PrincipalId: 'dynamodb.amazonaws.com', Type: 'Service' } } : {}),
  };
}

/**
 * Reads a stream's records after a position: the one reader GetRecords uses, exported so other
 * services (Lambda event source mappings) can poll a stream without the HTTP API. `after` is a
 * sequence number (as text or number), or TRIM_HORIZON / LATEST for the oldest kept or the next
 * record; pass the result's `after` on the next call. Throws ResourceNotFoundException for an
 * unknown stream ARN.
 */
export function readStreamRecords(
  store: Store,
  scope: ScopeKey,
  streamArn: string,
  options: { after: string | number | 'TRIM_HORIZON' | 'LATEST'; limit?: number; nowMs: number },
): StreamReadResult {
  const stream = findStream(store.table(streamsTable, scope), scope, streamArn, options.nowMs);
  const oldest = trimStream(store, scope, stream, options.nowMs);
  let after = options.after === 'TRIM_HORIZON' ? oldest - 1 : options.after === 'LATEST' ? stream.nextSeq - 1 : Number(options.after);
  const records: WireStreamRecord[] = [];
  const limit = options.limit ?? 1000;
  if (options.after !== 'LATEST' && limit > 0) {
    const prefix = streamRecordPrefix(stream);
    const cutoff = options.nowMs - STREAM_RETENTION_MS;
    let bytes = 0;
    for (const row of store.table(streamRecordsTable, scope).list({ prefix, after: prefix + formatSequence(after), limit })) {
      if (row.value.t < cutoff) continue;
      bytes += row.value.z;
      if (bytes > MAX_BYTES && records.length > 0) break;
      const seq = Number(row.key.slice(prefix.length));
      records.push(toWireRecord(row.value, seq, stream, scope.region));
      after = seq;
    }
  }
  const closed = stream.disabledMs !== undefined && after >= stream.nextSeq - 1;
  return { records, after, closed, stream };
}
