import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BlobBackend } from './blob-backend.js';
import { FileBlobBackend } from './file-blob-backend.js';
import { InlineBlobBackend } from './inline-blob-backend.js';
import { MemoryBlobBackend } from './memory-blob-backend.js';
import { openDatabase, type SynchronousMode } from './open-database.js';
import { SqliteStore } from './sqlite-store.js';
import { StoreOpenError } from './store-open-error.js';
import type { Store } from './types.js';

export interface OpenStoreOptions {
  /** Where `kumo.db` and `blobs/` live; created if missing. */
  dataDir?: string;
  /** Keep everything in memory (state ends with the process); wins over dataDir. */
  inMemory?: boolean;
  /**
   * 'normal' (default): acknowledged writes survive the process being killed; an OS crash or
   * power loss may lose the last few. 'full': they survive power loss too, about 10x slower.
   * See src/store/README.md.
   */
  synchronous?: SynchronousMode;
}

/** Opens Kumo's state; throws StoreOpenError when the data directory cannot be used. */
export function openStore(options: OpenStoreOptions): Store {
  const synchronous = options.synchronous ?? 'normal';
  if (options.inMemory) {
    return new SqliteStore(openDatabase({ file: ':memory:', synchronous }), new MemoryBlobBackend(), false);
  }
  if (options.dataDir === undefined) throw new TypeError('openStore needs a dataDir unless inMemory is set');
  const dataDir = resolve(options.dataDir);
  const file = join(dataDir, 'kumo.db');
  const blobDir = join(dataDir, 'blobs');
  ensureWritable(dataDir, true);
  if (existsSync(file)) ensureWritable(file, false);
  const db = openDatabase({ file, synchronous });
  let backend: BlobBackend;
  try {
    ensureWritable(blobDir, true);
    backend = new InlineBlobBackend(db, new FileBlobBackend(blobDir));
  } catch (error) {
    db.close();
    throw error instanceof StoreOpenError ? error : unwritableError(blobDir, error);
  }
  try {
    return new SqliteStore(db, backend, true, dataDir);
  } catch (error) {
    db.close();
    throw error;
  }
}

function ensureWritable(path: string, directory: boolean): void {
  try {
    if (directory) mkdirSync(path, { recursive: true });
    accessSync(path, constants.R_OK | constants.W_OK);
  } catch (error) {
    throw unwritableError(path, error);
  }
}

function unwritableError(path: string, error: unknown): StoreOpenError {
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreOpenError(
    'unwritable',
    path,
    `Kumo cannot write ${path} (${detail}). Check that this user may write to the data directory, or choose another one.`,
    { cause: error },
  );
}
