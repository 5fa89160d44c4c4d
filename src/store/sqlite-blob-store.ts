import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Database, Statement } from 'better-sqlite3';
import type { BlobBackend, BlobDigest } from './blob-backend.js';
import type { TransactionRunner } from './transaction-runner.js';
import type { BlobStore, StagedBlob } from './types.js';

/** Blob ids are 32 lowercase hex digits; export/import and reset find references by this shape. */
export const blobIdPattern = /^[0-9a-f]{32}$/;

/**
 * Blob bytes in a backend, their existence in the `blobs` table. A blob exists once its row is
 * committed; the row is written in the caller's transaction, after the bytes are durable in
 * their final place, so metadata never points at a missing blob, and bytes without a row are
 * crash leftovers that the next open deletes.
 */
export class SqliteBlobStore implements BlobStore {
  private readonly insertRow: Statement<[string, number, Buffer, Buffer, number]>;
  private readonly deleteRow: Statement<[string]>;
  private readonly sizeOf: Statement<[string], number>;
  private readonly allIds: Statement<[], string>;

  constructor(
    db: Database,
    private readonly transactions: TransactionRunner,
    private readonly backend: BlobBackend,
  ) {
    this.insertRow = db.prepare('INSERT INTO blobs (id, size, md5, sha256, created_at) VALUES (?, ?, ?, ?, ?)');
    this.deleteRow = db.prepare('DELETE FROM blobs WHERE id = ?');
    this.sizeOf = db.prepare<[string], number>('SELECT size FROM blobs WHERE id = ?').pluck();
    this.allIds = db.prepare<[], string>('SELECT id FROM blobs ORDER BY id').pluck();
  }

  /** Deletes what a crash left behind; run once at open, before anyone stages. */
  sweep(): void {
    this.backend.sweep((id) => this.exists(id));
  }

  stage(source: Readable | Buffer): Promise<StagedBlob> {
    // A UUID's 32 hex digits: Node draws them from a cached entropy pool, far cheaper than
    // randomBytes per call on this hot path (every S3 PUT).
    return this.stageAs(randomUUID().replace(/-/g, ''), source);
  }

  /** Stages under a given id (import keeps the ids its rows refer to). */
  async stageAs(id: string, source: Readable | Buffer): Promise<StagedBlob> {
    const digest = await this.backend.writeTemp(id, source);
    return new PendingBlob(id, digest, this);
  }

  open(id: string, range?: { start: number; end: number }): Readable {
    const size = this.requireSize(id);
    if (range === undefined) return this.backend.openRange(id);
    if (!Number.isInteger(range.start) || !Number.isInteger(range.end) || range.start < 0 || range.start > range.end || range.start >= size) {
      throw new RangeError(`blob ${id}: range ${range.start}-${range.end} is outside its ${size} bytes`);
    }
    return this.backend.openRange(id, { start: range.start, end: Math.min(range.end, size - 1) });
  }

  read(id: string): Promise<Buffer> {
    this.requireSize(id);
    return this.backend.readAll(id);
  }

  size(id: string): number | undefined {
    return this.sizeOf.get(id);
  }

  exists(id: string): boolean {
    return this.sizeOf.get(id) !== undefined;
  }

  remove(id: string): void {
    this.transactions.run(() => {
      if (this.deleteRow.run(id).changes > 0) {
        // Bytes in the database go in this transaction; a file goes only once the row's
        // deletion is committed, so a rollback keeps both.
        if (this.backend.dropInTransaction?.(id)) return;
        this.transactions.afterCommit(() => this.backend.drop(id));
      }
    });
  }

  ids(): string[] {
    return this.allIds.all();
  }

  /** Called by StagedBlob.commit: place the bytes, then record them, in one transaction. */
  commitStaged(id: string, digest: BlobDigest, onUndo: () => void): void {
    this.transactions.run(() => {
      // Registered first, so a place that fails halfway (rename done, fsync failed) is undone too.
      this.transactions.onRollback(() => {
        this.backend.unplace(id);
        onUndo();
      });
      this.backend.place(id);
      this.insertRow.run(id, digest.size, digest.md5, digest.sha256, Date.now());
      // What the backend kept for a retry (small blobs' bytes) goes once the commit holds.
      this.transactions.afterCommit(() => this.backend.dropTemp(id));
    });
  }

  discardStaged(id: string): void {
    this.backend.dropTemp(id);
  }

  private requireSize(id: string): number {
    const size = this.sizeOf.get(id);
    if (size === undefined) throw new Error(`blob ${id} does not exist`);
    return size;
  }
}

class PendingBlob implements StagedBlob {
  readonly size: number;
  readonly md5: Buffer;
  readonly sha256: Buffer;
  private state: 'staged' | 'committed' | 'discarded' = 'staged';

  constructor(
    readonly id: string,
    private readonly digest: BlobDigest,
    private readonly store: SqliteBlobStore,
  ) {
    this.size = digest.size;
    this.md5 = digest.md5;
    this.sha256 = digest.sha256;
  }

  commit(): void {
    if (this.state === 'committed') return;
    if (this.state === 'discarded') throw new Error(`blob ${this.id} was discarded and cannot be committed`);
    this.state = 'committed';
    try {
      this.store.commitStaged(this.id, this.digest, () => {
        this.state = 'staged';
      });
    } catch (error) {
      // commitStaged's transaction (or savepoint) rolled back: the bytes are temporary again.
      this.state = 'staged';
      throw error;
    }
  }

  /** Idempotent, and a no-op once committed, so `finally { staged.discard() }` is safe. */
  discard(): void {
    if (this.state !== 'staged') return;
    this.state = 'discarded';
    this.store.discardStaged(this.id);
  }
}
