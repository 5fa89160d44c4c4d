import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';

export interface BlobDigest {
  size: number;
  md5: Buffer;
  sha256: Buffer;
}

/**
 * Where blob bytes live (files or memory). It knows nothing of SQLite: the blob store decides
 * when bytes become visible and records them in the `blobs` table.
 */
export interface BlobBackend {
  /** Writes the payload under a temporary name, durably; rejects (leaving nothing) on error. */
  writeTemp(id: string, source: Readable | Buffer): Promise<BlobDigest>;
  /** Moves a temporary payload to its permanent place, durably. */
  place(id: string): void;
  /** Reverses `place` (the transaction that placed it rolled back). */
  unplace(id: string): void;
  dropTemp(id: string): void;
  drop(id: string): void;
  /**
   * Deletes bytes that live in the database, inside the caller's transaction (so they go, or
   * stay, with the blob's row); false when they live elsewhere and `drop` must run after commit.
   */
  dropInTransaction?(id: string): boolean;
  /** Inclusive range, like HTTP's Range header. */
  openRange(id: string, range?: { start: number; end: number }): Readable;
  readAll(id: string): Promise<Buffer>;
  /** Deletes crash leftovers: every temporary payload and every placed one not committed. */
  sweep(isCommitted: (id: string) => boolean): void;
  close(): void;
}

/** md5 and sha256 computed as chunks pass, so payloads are read once. */
export class DigestAccumulator {
  private readonly md5 = createHash('md5');
  private readonly sha256 = createHash('sha256');
  private size = 0;

  update(chunk: Buffer): void {
    this.md5.update(chunk);
    this.sha256.update(chunk);
    this.size += chunk.length;
  }

  digest(): BlobDigest {
    return { size: this.size, md5: this.md5.digest(), sha256: this.sha256.digest() };
  }
}

export { toBuffer } from '../shared/read-stream-head.js';
