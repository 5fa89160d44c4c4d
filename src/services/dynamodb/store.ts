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
  ttl?: { attributeName: string; enabled: boolean };
  stream?: { enabled: boolean; viewType?: string; label?: string };
  deletionProtection: boolean;
  tableClass: string;
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
