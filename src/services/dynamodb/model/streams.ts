import { randomBytes } from 'node:crypto';
import type { ScopedTable, Store, TableDefinition } from '../../../store/types.js';
import type { Clock } from '../../../engine/types.js';
import { validation } from '../errors.js';
import { equalValues, type AttributeMap } from './attribute-value.js';
import { itemSize } from './item-size.js';
import { streamRecordsTable, streamsTable, type StreamRow, type TableRecord } from '../store.js';

/** What item writes need of their caller: a request's context, or a worker's view of one scope. */
export interface ItemsContext {
  readonly accountId: string;
  readonly region: string;
  readonly clock: Clock;
  readonly store: Store;
  table<T>(definition: TableDefinition<T>): ScopedTable<T>;
}

const VIEW_TYPES = ['NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES', 'KEYS_ONLY'];

/** A StreamViewType for an enabled stream: required, one of the four. */
export function checkViewType(viewType: string | undefined): void {
  if (viewType === undefined) {
    throw validation("1 validation error detected: Value null at 'streamSpecification.streamViewType' failed to satisfy constraint: Member must not be null");
  }
  if (!VIEW_TYPES.includes(viewType)) {
    throw validation(
      `1 validation error detected: Value '${viewType}' at 'streamSpecification.streamViewType' failed to satisfy constraint: Member must satisfy enum value set: [NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES, KEYS_ONLY]`,
    );
  }
}

/** Stream records are kept 24 hours (on Kumo's clock), as DynamoDB keeps them. */
export const STREAM_RETENTION_MS = 24 * 60 * 60 * 1000;

/** A stream's label: the creation time, as DynamoDB prints it in stream ARNs (ISO 8601 without the zone). */
export function streamLabel(nowMs: number): string {
  return new Date(nowMs).toISOString().replace('Z', '');
}

export function streamArn(tableArn: string, label: string): string {
  return `${tableArn}/stream/${label}`;
}

/** Sequence numbers are at least 21 digits on the wire; zero padding keeps text order numeric order. */
export function formatSequence(n: number): string {
  return String(n).padStart(21, '0');
}

export function recordKey(tableName: string, label: string, seq: number): string {
  return `${tableName}/${label}/${formatSequence(seq)}`;
}

/** Starts a stream (CreateTable or UpdateTable enabling one); the table record gets its label. */
export function openStream(ctx: ItemsContext, table: TableRecord, viewType: string, nowMs: number): void {
  const label = streamLabel(nowMs);
  table.stream = { enabled: true, viewType, label };
  const row: StreamRow = {
    tableName: table.name,
    label,
    arn: streamArn(table.arn, label),
    viewType,
    keySchema: table.keySchema,
    createdMs: nowMs,
    shardId: `shardId-${String(nowMs).padStart(20, '0')}-${randomBytes(4).toString('hex')}`,
    nextSeq: 1,
  };
  ctx.table(streamsTable).put(`${table.name}/${label}`, row);
}

/** Disables the table's current stream (UpdateTable, DeleteTable); its records stay readable for 24 hours. */
export function closeStream(ctx: ItemsContext, table: TableRecord, nowMs: number): void {
  if (!table.stream?.enabled || table.stream.label === undefined) return;
  const streams = ctx.table(streamsTable);
  const key = `${table.name}/${table.stream.label}`;
  const row = streams.get(key);
  if (row && row.disabledMs === undefined) streams.put(key, { ...row, disabledMs: nowMs });
}

/**
 * Appends the stream record of one item change, inside the caller's transaction. A write that
 * changes nothing (same item put again, update to the same values, delete of a missing item)
 * makes no record, as DynamoDB.
 */
export function recordChange(
  ctx: ItemsContext,
  table: TableRecord,
  keys: AttributeMap,
  old: AttributeMap | undefined,
  next: AttributeMap | undefined,
  byService: boolean,
): void {
  const label = table.stream?.enabled ? table.stream.label : undefined;
  if (label === undefined) return;
  if (old === undefined && next === undefined) return;
  if (old !== undefined && next !== undefined && equalValues({ M: old }, { M: next })) return;
  const streams = ctx.table(streamsTable);
  const streamKey = `${table.name}/${label}`;
  const stream = streams.get(streamKey);
  if (!stream) return;
  const seq = stream.nextSeq;
  streams.put(streamKey, { ...stream, nextSeq: seq + 1 });
  const view = stream.viewType;
  const ni = next !== undefined && (view === 'NEW_IMAGE' || view === 'NEW_AND_OLD_IMAGES') ? next : undefined;
  const oi = old !== undefined && (view === 'OLD_IMAGE' || view === 'NEW_AND_OLD_IMAGES') ? old : undefined;
  ctx.table(streamRecordsTable).put(recordKey(table.name, label, seq), {
    t: ctx.clock.now(),
    n: old === undefined ? 'INSERT' : next === undefined ? 'REMOVE' : 'MODIFY',
    k: keys,
    ...(ni ? { ni } : {}),
    ...(oi ? { oi } : {}),
    z: itemSize(keys) + (ni ? itemSize(ni) : 0) + (oi ? itemSize(oi) : 0),
    id: randomBytes(16).toString('hex'),
    ...(byService ? { svc: true as const } : {}),
  });
}
