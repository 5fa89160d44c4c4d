import type { Database, Statement } from 'better-sqlite3';
import { collectBlobReferences } from './blob-references.js';
import { scopeKindOf } from './scope-string.js';
import type { SqliteBlobStore } from './sqlite-blob-store.js';
import { checkStateDocument, stateDocumentVersion } from './state-document-check.js';
import type { TransactionRunner } from './transaction-runner.js';
import type { StagedBlob, StateDocument } from './types.js';

interface RecordRow {
  service: string;
  tbl: string;
  scope: string;
  key: string;
  value: string;
}

/** Reset, export and import: the operations that work on whole services. */
export class StateTransfer {
  private readonly serviceRows: Statement<[string], RecordRow>;
  private readonly allRows: Statement<[], RecordRow>;
  private readonly serviceValues: Statement<[string], string>;
  private readonly allValues: Statement<[], string>;
  private readonly deleteService: Statement<[string]>;
  private readonly deleteAll: Statement<[]>;
  private readonly insert: Statement<[string, string, string, string, string]>;
  private readonly services: Statement<[], string>;

  constructor(
    db: Database,
    private readonly transactions: TransactionRunner,
    private readonly blobs: SqliteBlobStore,
  ) {
    const columns = 'service, tbl, scope, key, value';
    this.serviceRows = db.prepare(`SELECT ${columns} FROM records WHERE service = ? ORDER BY service, tbl, scope, key`);
    this.allRows = db.prepare(`SELECT ${columns} FROM records ORDER BY service, tbl, scope, key`);
    this.serviceValues = db.prepare<[string], string>('SELECT value FROM records WHERE service = ?').pluck();
    this.allValues = db.prepare<[], string>('SELECT value FROM records').pluck();
    this.deleteService = db.prepare('DELETE FROM records WHERE service = ?');
    this.deleteAll = db.prepare('DELETE FROM records');
    this.insert = db.prepare(`INSERT OR REPLACE INTO records (${columns}) VALUES (?, ?, ?, ?, ?)`);
    this.services = db.prepare<[], string>('SELECT DISTINCT service FROM records ORDER BY service').pluck();
  }

  reset(service?: string): void {
    this.transactions.run(() => {
      if (service === undefined) {
        this.deleteAll.run();
        for (const id of this.blobs.ids()) this.blobs.remove(id);
        return;
      }
      const owned = this.referencedBlobs(this.serviceValues.all(service));
      this.deleteService.run(service);
      this.releaseUnreferenced(owned);
    });
  }

  async exportState(service?: string): Promise<StateDocument> {
    const tables: StateDocument['tables'] = [];
    let current: StateDocument['tables'][number] | undefined;
    const texts: string[] = [];
    const rows = service === undefined ? this.allRows.iterate() : this.serviceRows.iterate(service);
    for (const row of rows) {
      if (current === undefined || current.service !== row.service || current.name !== row.tbl) {
        current = { service: row.service, name: row.tbl, scope: scopeKindOf(row.scope), rows: [] };
        tables.push(current);
      }
      current.rows.push({ scope: row.scope, key: row.key, value: JSON.parse(row.value) as unknown });
      texts.push(row.value);
    }
    const services = service === undefined ? this.services.all() : [service];
    const ids = service === undefined ? this.blobs.ids() : [...this.referencedBlobs(texts)].sort();
    const blobs: Record<string, string> = {};
    for (const id of ids) {
      // A blob removed since the rows were read is skipped rather than failing the export.
      if (!this.blobs.exists(id)) continue;
      blobs[id] = (await this.blobs.read(id)).toString('base64');
    }
    return { format: 'kumo-state', version: stateDocumentVersion, exportedAt: new Date().toISOString(), services, tables, blobs };
  }

  /**
   * Blob bytes are written first (temporary, outside the transaction, as they may be large);
   * then one transaction replaces the services' rows and commits the blobs, so a failure at any
   * point leaves the previous state whole.
   */
  async importState(document: StateDocument): Promise<void> {
    checkStateDocument(document);
    const services = document.services ?? [...new Set(document.tables.map((table) => table.service))];
    const staged: StagedBlob[] = [];
    try {
      for (const [id, data] of Object.entries(document.blobs)) {
        if (!this.blobs.exists(id)) staged.push(await this.blobs.stageAs(id, Buffer.from(data, 'base64')));
      }
      this.transactions.run(() => {
        const previous = new Set<string>();
        for (const service of services) {
          this.referencedBlobs(this.serviceValues.all(service), previous);
          this.deleteService.run(service);
        }
        for (const table of document.tables) {
          for (const row of table.rows) {
            this.insert.run(table.service, table.name, row.scope, row.key, JSON.stringify(row.value));
          }
        }
        for (const blob of staged) blob.commit();
        for (const id of Object.keys(document.blobs)) previous.delete(id);
        this.releaseUnreferenced(previous);
      });
    } finally {
      for (const blob of staged) blob.discard();
    }
  }

  private referencedBlobs(valueTexts: Iterable<string>, into = new Set<string>()): Set<string> {
    return collectBlobReferences(valueTexts, (id) => this.blobs.exists(id), into);
  }

  /** Removes the candidate blobs no remaining row mentions (another service may share one). */
  private releaseUnreferenced(candidates: Set<string>): void {
    if (candidates.size === 0) return;
    const stillUsed = collectBlobReferences(this.allValues.iterate(), (id) => candidates.has(id));
    for (const id of candidates) if (!stillUsed.has(id)) this.blobs.remove(id);
  }
}
