import type { Database } from 'better-sqlite3';
import type { BlobBackend } from './blob-backend.js';
import { RecordStatements } from './record-statements.js';
import { scopeString } from './scope-string.js';
import { SqliteBlobStore } from './sqlite-blob-store.js';
import { SqliteTable } from './sqlite-table.js';
import { StateTransfer } from './state-transfer.js';
import { TransactionRunner } from './transaction-runner.js';
import type { ScopeKey, ScopedTable, StateDocument, Store, TableDefinition } from './types.js';

/** The Store over one SQLite connection (file or ':memory:') and one blob backend. */
export class SqliteStore implements Store {
  readonly blobs: SqliteBlobStore;
  private readonly statements: RecordStatements;
  private readonly transactions: TransactionRunner;
  private readonly transfer: StateTransfer;
  private closed = false;

  constructor(
    private readonly db: Database,
    private readonly backend: BlobBackend,
    readonly persistent: boolean,
    readonly dataDir?: string,
  ) {
    this.statements = new RecordStatements(db);
    this.transactions = new TransactionRunner(db);
    this.blobs = new SqliteBlobStore(db, this.transactions, backend);
    this.transfer = new StateTransfer(db, this.transactions, this.blobs);
    this.blobs.sweep();
  }

  table<T>(definition: TableDefinition<T>, scope: ScopeKey): ScopedTable<T> {
    return new SqliteTable<T>(this.statements, definition.service, definition.name, scopeString(definition.scope, scope));
  }

  transaction<R>(fn: () => R): R {
    return this.transactions.run(fn);
  }

  reset(service?: string): void {
    this.transfer.reset(service);
  }

  exportState(service?: string): Promise<StateDocument> {
    return this.transfer.exportState(service);
  }

  importState(document: StateDocument): Promise<void> {
    return this.transfer.importState(document);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    // Closing the last connection checkpoints the WAL into kumo.db and removes the -wal file.
    this.db.close();
    this.backend.close();
  }
}
