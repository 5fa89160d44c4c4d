import { closeSync, createReadStream, fsyncSync, mkdirSync, openSync, readFile as readFileFromFd, readdirSync, renameSync, rmSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { DigestAccumulator, toBuffer, type BlobBackend, type BlobDigest } from './blob-backend.js';

/**
 * Blobs as files: `<root>/tmp/<id>` while staged, `<root>/<first 2 chars>/<id>` once placed.
 * Every file is fsync'd before it is renamed and every rename is followed by an fsync of the
 * directory, so a placed blob survives a crash or power loss as soon as `place` returns.
 */
export class FileBlobBackend implements BlobBackend {
  private readonly tmpDir: string;

  constructor(private readonly root: string) {
    this.tmpDir = join(root, 'tmp');
    mkdirSync(this.tmpDir, { recursive: true });
  }

  async writeTemp(id: string, source: Readable | Buffer): Promise<BlobDigest> {
    const path = this.tempPath(id);
    const handle = await open(path, 'wx');
    const digest = new DigestAccumulator();
    try {
      const chunks: AsyncIterable<unknown> | Iterable<unknown> = Buffer.isBuffer(source) ? [source] : source;
      for await (const chunk of chunks) {
        const buffer = toBuffer(chunk);
        digest.update(buffer);
        let offset = 0;
        while (offset < buffer.length) {
          const { bytesWritten } = await handle.write(buffer, offset, buffer.length - offset);
          offset += bytesWritten;
        }
      }
      await handle.sync();
      await handle.close();
    } catch (error) {
      await handle.close().catch(() => undefined);
      await rm(path, { force: true });
      throw error;
    }
    return digest.digest();
  }

  place(id: string): void {
    const shard = join(this.root, id.slice(0, 2));
    if (mkdirSync(shard, { recursive: true }) !== undefined) fsyncDirectory(this.root);
    renameSync(this.tempPath(id), join(shard, id));
    fsyncDirectory(shard);
  }

  unplace(id: string): void {
    try {
      renameSync(this.finalPath(id), this.tempPath(id));
    } catch (error) {
      // Nothing to undo if place failed before its rename.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  dropTemp(id: string): void {
    rmSync(this.tempPath(id), { force: true });
  }

  drop(id: string): void {
    rmSync(this.finalPath(id), { force: true });
  }

  // Both open the file at once, synchronously: a reader holds the bytes it was given even if
  // an overwrite removes the file a moment later (POSIX keeps an unlinked open file readable).
  openRange(id: string, range?: { start: number; end: number }): Readable {
    const fd = openSync(this.finalPath(id), 'r');
    return createReadStream('', { fd, autoClose: true, ...range });
  }

  readAll(id: string): Promise<Buffer> {
    const fd = openSync(this.finalPath(id), 'r');
    return new Promise((resolve, reject) => {
      readFileFromFd(fd, (error, data) => {
        closeSync(fd);
        if (error) reject(error);
        else resolve(data);
      });
    });
  }

  sweep(isCommitted: (id: string) => boolean): void {
    for (const entry of readdirSync(this.root, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const dir = join(this.root, entry.name);
      if (entry.name === 'tmp') {
        for (const name of readdirSync(dir)) rmSync(join(dir, name), { force: true, recursive: true });
      } else if (entry.name.length === 2) {
        for (const name of readdirSync(dir)) {
          if (!isCommitted(name)) rmSync(join(dir, name), { force: true, recursive: true });
        }
      }
    }
  }

  close(): void {}

  private tempPath(id: string): string {
    return join(this.tmpDir, id);
  }

  private finalPath(id: string): string {
    return join(this.root, id.slice(0, 2), id);
  }
}

function fsyncDirectory(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
