import { Readable } from 'node:stream';
import { DigestAccumulator, toBuffer, type BlobBackend, type BlobDigest } from './blob-backend.js';

/** Blobs as Buffers, for in-memory stores (tests, `--in-memory`). */
export class MemoryBlobBackend implements BlobBackend {
  private readonly temps = new Map<string, Buffer>();
  private readonly placed = new Map<string, Buffer>();

  async writeTemp(id: string, source: Readable | Buffer): Promise<BlobDigest> {
    const digest = new DigestAccumulator();
    const chunks: Buffer[] = [];
    const iterable: AsyncIterable<unknown> | Iterable<unknown> = Buffer.isBuffer(source) ? [source] : source;
    for await (const chunk of iterable) {
      const buffer = toBuffer(chunk);
      digest.update(buffer);
      chunks.push(buffer);
    }
    // A copy, so a caller reusing its Buffer cannot change a stored blob.
    this.temps.set(id, Buffer.concat(chunks));
    return digest.digest();
  }

  place(id: string): void {
    this.placed.set(id, this.take(this.temps, id));
  }

  unplace(id: string): void {
    const buffer = this.placed.get(id);
    if (buffer === undefined) return;
    this.placed.delete(id);
    this.temps.set(id, buffer);
  }

  dropTemp(id: string): void {
    this.temps.delete(id);
  }

  drop(id: string): void {
    this.placed.delete(id);
  }

  openRange(id: string, range?: { start: number; end: number }): Readable {
    const whole = this.take(this.placed, id, false);
    const bytes = range === undefined ? whole : whole.subarray(range.start, range.end + 1);
    let sent = false;
    return new Readable({
      read() {
        if (!sent && bytes.length > 0) this.push(bytes);
        sent = true;
        this.push(null);
      },
    });
  }

  async readAll(id: string): Promise<Buffer> {
    return this.take(this.placed, id, false);
  }

  sweep(isCommitted: (id: string) => boolean): void {
    this.temps.clear();
    for (const id of this.placed.keys()) if (!isCommitted(id)) this.placed.delete(id);
  }

  close(): void {
    this.temps.clear();
    this.placed.clear();
  }

  private take(map: Map<string, Buffer>, id: string, remove = true): Buffer {
    const buffer = map.get(id);
    if (buffer === undefined) throw new Error(`blob ${id} is not in memory`);
    if (remove) map.delete(id);
    return buffer;
  }
}
