import { PassThrough, Readable } from 'node:stream';
import type { Database, Statement } from 'better-sqlite3';
import { DigestAccumulator, type BlobBackend, type BlobDigest } from './blob-backend.js';
import { readStreamHead } from '../shared/read-stream-head.js';

/** Payloads up to this size live in the database; larger ones in files. */
export const INLINE_BLOB_LIMIT = 64 * 1024;

/**
 * Small blobs in SQLite, large ones in the file backend. A file blob costs two fsyncs (the
 * file and its directory) per write, which capped 4 KiB S3 puts near 1,500/s; a small blob's
 * bytes instead commit in the same WAL transaction as the row that refers to them, with the
 * same durability as every other row.
 */
export class InlineBlobBackend implements BlobBackend {
  /** Staged small payloads, until committed (placed) or dropped. */
  private readonly staged = new Map<string, Buffer>();
  private readonly insert: Statement<[string, Buffer]>;
  private readonly select: Statement<[string], Buffer>;
  private readonly remove: Statement<[string]>;
  private readonly orphans: Statement<[]>;

  constructor(
    db: Database,
    private readonly files: BlobBackend,
  ) {
    this.insert = db.prepare('INSERT INTO blob_bytes (id, bytes) VALUES (?, ?)');
    this.select = db.prepare<[string], Buffer>('SELECT bytes FROM blob_bytes WHERE id = ?').pluck();
    this.remove = db.prepare('DELETE FROM blob_bytes WHERE id = ?');
    this.orphans = db.prepare('DELETE FROM blob_bytes WHERE id NOT IN (SELECT id FROM blobs)');
  }

  async writeTemp(id: string, source: Readable | Buffer): Promise<BlobDigest> {
    if (Buffer.isBuffer(source)) {
      if (source.length > INLINE_BLOB_LIMIT) return this.files.writeTemp(id, source);
      return this.keep(id, [source]);
    }
    // Read up to the limit; a payload that ends there stays in memory until committed.
    const { head, ended } = await readStreamHead(source, INLINE_BLOB_LIMIT);
    if (ended) return this.keep(id, head);
    // Larger: the file backend takes what was read, then the rest of the stream.
    const rest = new PassThrough();
    for (const chunk of head) rest.write(chunk);
    source.on('error', (error) => rest.destroy(error));
    source.pipe(rest);
    return this.files.writeTemp(id, rest);
  }

  place(id: string): void {
    const bytes = this.staged.get(id);
    // Inside the caller's transaction: the bytes land, or roll back, with the blob's row.
    if (bytes) this.insert.run(id, bytes);
    else this.files.place(id);
  }

  unplace(id: string): void {
    // A rolled-back insert needs no undo; the staged bytes are still here for a retry.
    if (!this.staged.has(id)) this.files.unplace(id);
  }

  dropTemp(id: string): void {
    if (!this.staged.delete(id)) this.files.dropTemp(id);
  }

  dropInTransaction(id: string): boolean {
    return this.remove.run(id).changes > 0;
  }

  drop(id: string): void {
    if (this.remove.run(id).changes === 0) this.files.drop(id);
  }

  openRange(id: string, range?: { start: number; end: number }): Readable {
    const bytes = this.select.get(id);
    if (!bytes) return this.files.openRange(id, range);
    return Readable.from([range ? bytes.subarray(range.start, range.end + 1) : bytes], { objectMode: false });
  }

  async readAll(id: string): Promise<Buffer> {
    return this.select.get(id) ?? this.files.readAll(id);
  }

  sweep(isCommitted: (id: string) => boolean): void {
    this.orphans.run();
    this.files.sweep(isCommitted);
  }

  close(): void {
    this.staged.clear();
    this.files.close();
  }

  private keep(id: string, chunks: Buffer[]): BlobDigest {
    const digest = new DigestAccumulator();
    for (const chunk of chunks) digest.update(chunk);
    this.staged.set(id, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    return digest.digest();
  }
}
