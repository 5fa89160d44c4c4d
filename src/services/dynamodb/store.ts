import { defineTable } from '../../store/types.js';
import type { AttributeMap } from './model/attribute-value.js';

export type KeyType = 'S' | 'N' | 'B';

export interface KeySchemaElement {
  AttributeName: string;
  KeyType: 'HASH' | 'RANGE';
}

export interface Projection {
  ProjectionType: 'ALL' | 'KEYS_ONLY' | 'INCLUDE';
  NonKeyAttributes?: string[];
}

export interface Throughput {
  read: number;
  write: number;
  lastIncreaseMs?: number;
  lastDecreaseMs?: number;
  decreasesToday: number;
}

export interface IndexRecord {
  name: string;
  keySchema: KeySchemaElement[];
  projection: Projection;
  /** Provisioned tables only. */
  throughput?: Throughput;
  createdMs: number;
}

export interface TableRecord {
  name: string;
  id: string;
  arn: string;
  createdMs: number;
  keySchema: KeySchemaElement[];
  attributeDefinitions: Array<{ AttributeName: string; AttributeType: KeyType }>;
  billingMode: 'PROVISIONED' | 'PAY_PER_REQUEST';
  /** Clock time the billing mode was last set to PAY_PER_REQUEST. */
  payPerRequestSinceMs?: number;
  throughput: Throughput;
  gsis: IndexRecord[];
  lsis: IndexRecord[];
  tags: Array<{ Key: string; Value: string }>;
  ttl?: { attributeName: string; enabled: boolean; changedMs?: number };
  /** Point-in-time recovery: on since `sinceMs`; changes are logged in `pitr-log` while on. */
  pitr?: { enabled: boolean; sinceMs: number };
  stream?: { enabled: boolean; viewType?: string; label?: string };
  deletionProtection: boolean;
  tableClass: string;
  /** Set on a table made by RestoreTableFromBackup or RestoreTableToPointInTime. */
  restore?: { sourceBackupArn?: string; sourceTableArn: string; restoreMs: number };
  /** Global tables: the other regions holding a replica of this table (absent when none). */
  replicas?: string[];
  /** The status the response of the last control-plane call showed (CREATING, UPDATING), ACTIVE after. */
  pendingStatus?: string;
}

/** Table definitions, keyed by table name. */
export const tablesTable = defineTable<TableRecord>({ service: 'dynamodb', name: 'tables', scope: 'region' });

/** An item: `i` the attributes, `s` its size in bytes (for capacity and DescribeTable). */
export interface ItemRow {
  i: AttributeMap;
  s: number;
}

/** Items keyed `<table>/<bucket><partition key><sort key>` (see model/key-encoding.ts). */
export const itemsTable = defineTable<ItemRow>({ service: 'dynamodb', name: 'items', scope: 'region' });

/** Index entries keyed `<table>/<index>/<bucket><index keys><table keys>`; the value is the projected item. */
export const indexEntriesTable = defineTable<ItemRow>({ service: 'dynamodb', name: 'index-entries', scope: 'region' });

/** TransactWriteItems client tokens: idempotent for ten minutes. */
export interface TokenRow {
  fingerprint: string;
  atMs: number;
  output: unknown;
}
export const transactionTokensTable = defineTable<TokenRow>({ service: 'dynamodb', name: 'transaction-tokens', scope: 'region' });

/** A table's stream (one shard), keyed `<table>/<label>`; kept after the stream is disabled or the table deleted. */
export interface StreamRow {
  tableName: string;
  label: string;
  arn: string;
  viewType: string;
  keySchema: KeySchemaElement[];
  createdMs: number;
  shardId: string;
  /** The next record's sequence number. */
  nextSeq: number;
  /** Set when the stream was disabled (UpdateTable) or its table deleted. */
  disabledMs?: number;
}
export const streamsTable = defineTable<StreamRow>({ service: 'dynamodb', name: 'streams', scope: 'region' });

/**
 * A stream record, keyed `<table>/<label>/<sequence number, 21 digits>`: `t` creation time (ms),
 * `n` event name, `k` keys, `ni`/`oi` the images the view type keeps, `z` size, `id` event id,
 * `svc` set when DynamoDB itself made the change (TTL).
 */
export interface StreamRecordRow {
  t: number;
  n: 'INSERT' | 'MODIFY' | 'REMOVE';
  k: AttributeMap;
  ni?: AttributeMap;
  oi?: AttributeMap;
  z: number;
  id: string;
  svc?: true;
}
export const streamRecordsTable = defineTable<StreamRecordRow>({ service: 'dynamodb', name: 'stream-records', scope: 'region' });

/**
 * Items due to expire, keyed `<expiry ms, 15 digits>/<account>/<region>/<item store key>`, across
 * all scopes so one sweep finds them. An entry is a hint: the sweep re-reads the item.
 */
export interface TtlDueRow {
  accountId: string;
  region: string;
  tableName: string;
  storeKey: string;
}
export const ttlDueTable = defineTable<TtlDueRow>({ service: 'dynamodb', name: 'ttl-due', scope: 'global' });

/**
 * Point-in-time recovery's change log, keyed `<table>/<ms, 15 digits>/<item key>`: the item as it
 * was before the first change of that millisecond (absent: it did not exist). Restoring to a time
 * takes the current items and puts back the first old image logged after that time.
 */
export interface PitrLogRow {
  old?: AttributeMap;
}
export const pitrLogTable = defineTable<PitrLogRow>({ service: 'dynamodb', name: 'pitr-log', scope: 'region' });

/** An on-demand backup, keyed by its ARN (`<table arn>/backup/<ms>-<id>`): the table's definition at the time. */
export interface BackupRow {
  arn: string;
  name: string;
  id: string;
  createdMs: number;
  sizeBytes: number;
  itemCount: number;
  table: TableRecord;
}
export const backupsTable = defineTable<BackupRow>({ service: 'dynamodb', name: 'backups', scope: 'region' });

/** A backup's items, keyed `<backup id>/<item key>`. */
export const backupItemsTable = defineTable<ItemRow>({ service: 'dynamodb', name: 'backup-items', scope: 'region' });
