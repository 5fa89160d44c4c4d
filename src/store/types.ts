import type { Readable } from 'node:stream';

/**
 * Where a table's rows live: per account and region, per account, or once for the process.
 * Services declare the scope; the store builds the keys, so services never do.
 */
export type TableScope = 'region' | 'account' | 'global';

export interface TableDefinition<T> {
  /** The owning service (Kumo's name, `sqs`), so reset and export can work per service. */
  readonly service: string;
  /** Unique within the service. */
  readonly name: string;
  readonly scope: TableScope;
  /** Phantom, for typing rows. */
  readonly __row?: T;
}

export function defineTable<T>(definition: { service: string; name: string; scope: TableScope }): TableDefinition<T> {
  return definition;
}

export interface ScopeKey {
  accountId: string;
  region: string;
}

export interface ListOptions {
  /** Only keys starting with this. */
  prefix?: string;
  /** Only keys strictly after this one in listing order (pagination): with `reverse`, keys below it. */
  after?: string;
  /** Only keys >= start and < end. */
  start?: string;
  end?: string;
  limit?: number;
  /** Descending key order. */
  reverse?: boolean;
}

export interface Row<T> {
  key: string;
  value: T;
}

/**
 * A table seen from one scope: a sorted map from string keys to JSON-compatible values
 * (timestamps as epoch milliseconds, binary as base64 or in the blob store).
 */
export interface ScopedTable<T> {
  get(key: string): T | undefined;
  has(key: string): boolean;
  put(key: string, value: T): void;
  /** Returns whether a row was there. */
  delete(key: string): boolean;
  /** Rows in key order. */
  list(options?: ListOptions): Row<T>[];
  count(options?: Pick<ListOptions, 'prefix' | 'start' | 'end'>): number;
  /** Deletes the rows in range; returns how many. */
  deleteRange(options?: Pick<ListOptions, 'prefix' | 'start' | 'end'>): number;
}

/** Large payloads (S3 objects, Lambda code) kept in files beside the database. */
export interface BlobStore {
  /** Streams a payload to a temporary file, fsync'd; nothing is visible until committed. */
  stage(source: Readable | Buffer): Promise<StagedBlob>;
  open(id: string, range?: { start: number; end: number }): Readable;
  read(id: string): Promise<Buffer>;
  size(id: string): number | undefined;
  /** Deletes a committed blob (after the metadata that pointed at it is gone). */
  remove(id: string): void;
}

export interface StagedBlob {
  readonly id: string;
  readonly size: number;
  /** Digests computed while streaming, so callers need not read the data twice. */
  readonly md5: Buffer;
  readonly sha256: Buffer;
  /** Makes the blob permanent; call inside `store.transaction` with the metadata write. */
  commit(): void;
  /** Drops the temporary file. */
  discard(): void;
}

export interface Store {
  readonly persistent: boolean;
  readonly dataDir?: string;
  table<T>(definition: TableDefinition<T>, scope: ScopeKey): ScopedTable<T>;
  /** Runs fn atomically: all its writes (and blob commits) land together or not at all. */
  transaction<R>(fn: () => R): R;
  readonly blobs: BlobStore;
  /** Clears every table of one service, or of all services. */
  reset(service?: string): void;
  /** The whole state, or one service's, as one JSON-compatible document (blobs included). */
  exportState(service?: string): Promise<StateDocument>;
  importState(document: StateDocument): Promise<void>;
  close(): void;
}

export interface StateDocument {
  format: 'kumo-state';
  version: number;
  exportedAt: string;
  /** Per table: its scope kind ('region', 'account' or 'global') and its rows in key order. */
  tables: Array<{ service: string; name: string; scope: string; rows: Array<{ scope: string; key: string; value: unknown }> }>;
  /** Blob id -> base64 bytes. */
  blobs: Record<string, string>;
  /**
   * The services this document covers (import replaces exactly these, even those with no rows).
   * Optional so hand-written documents work; import then uses the services named in `tables`.
   */
  services?: string[];
}
