import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { latestSchemaVersion, migrations as allMigrations, type Migration } from './migrations/index.js';
import { StoreOpenError } from './store-open-error.js';

export type SynchronousMode = 'normal' | 'full';

export interface OpenDatabaseOptions {
  /** A file path, or ':memory:'. */
  file: string;
  synchronous: SynchronousMode;
  /** Tests pass their own list to exercise upgrades. */
  migrations?: readonly Migration[];
}

const FORMAT = 'kumo';
/** How long a write waits for a lock once open; only external tools could hold one then. */
const BUSY_TIMEOUT_MS = 5000;
/** At open a lock means another Kumo owns the directory: fail fast rather than wait. */
const OPEN_BUSY_TIMEOUT_MS = 200;

/**
 * Opens (creating if needed) Kumo's SQLite database, refusing files Kumo must not touch: not
 * SQLite, SQLite but not Kumo's, or from a newer Kumo. Those checks only read, so a refused
 * file is left exactly as it was. Then WAL mode and pending migrations, in one transaction.
 */
/** Pages of WAL between automatic checkpoints (4 KiB pages). */
const WAL_AUTOCHECKPOINT_PAGES = 8192;

export function openDatabase(options: OpenDatabaseOptions): SqliteDatabase {
  const migrations = options.migrations ?? allMigrations;
  const latest = options.migrations ? migrations[migrations.length - 1]!.version : latestSchemaVersion;
  const persistent = options.file !== ':memory:';
  let db: SqliteDatabase;
  try {
    db = new Database(options.file);
  } catch (error) {
    throw unwritable(options.file, error);
  }
  try {
    db.pragma(`busy_timeout = ${OPEN_BUSY_TIMEOUT_MS}`);
    // Exclusive locking: the first read takes a lock held until close, so a second Kumo on the
    // same directory fails at open ('locked'), and the OS drops the lock if Kumo is killed.
    // It also keeps the WAL index in process memory (no -shm file).
    if (persistent) db.pragma('locking_mode = EXCLUSIVE');
    const version = readVersion(db, options.file);
    if (version > latest) {
      throw new StoreOpenError(
        'newer-version',
        options.file,
        `${options.file} was written by a newer Kumo (data format ${version}; this Kumo knows up to ${latest}). ` +
          'Upgrade Kumo, or start it with a different data directory. The file was not modified.',
      );
    }
    checkOwnership(db, options.file, version);
    if (persistent) {
      const mode = db.pragma('journal_mode = WAL', { simple: true });
      if (mode !== 'wal') throw new Error(`SQLite refused WAL mode for ${options.file} (got ${String(mode)})`);
    }
    db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    // A checkpoint fsyncs the WAL and the database file on the event loop. SQLite's default
    // (every 1,000 pages, ~4 MiB) meant one every ~90 small S3 PUTs; every 8,192 pages (32 MiB
    // of WAL) spaces those stalls out, and pages rewritten in between are copied once.
    if (persistent) db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
    migrate(db, version, migrations);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof StoreOpenError) throw error;
    throw classify(options.file, error);
  }
}

function readVersion(db: SqliteDatabase, file: string): number {
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw classify(file, error);
  }
}

/** A SQLite file Kumo did not create (another tool's, or version 0 with tables) is refused. */
function checkOwnership(db: SqliteDatabase, file: string, version: number): void {
  const tables = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all();
  const foreign = (): StoreOpenError =>
    new StoreOpenError(
      'corrupt',
      file,
      `${file} is a SQLite database but not a Kumo data file. Move it away or start Kumo with a different data directory. The file was not modified.`,
    );
  if (version === 0) {
    if (tables.length > 0) throw foreign();
    return;
  }
  if (!tables.includes('kumo_meta')) throw foreign();
  const format = db.prepare<[], string>("SELECT value FROM kumo_meta WHERE name = 'format'").pluck().get();
  if (format !== FORMAT) throw foreign();
}

function migrate(db: SqliteDatabase, from: number, migrations: readonly Migration[]): void {
  const pending = migrations.filter((migration) => migration.version > from);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
    const upsert = db.prepare('INSERT INTO kumo_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value');
    if (from === 0) {
      upsert.run('format', FORMAT);
      upsert.run('created_at', new Date().toISOString());
    }
    upsert.run('schema_version', String(pending[pending.length - 1]!.version));
    upsert.run('migrated_at', new Date().toISOString());
  }).immediate();
}

function classify(file: string, error: unknown): Error {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return new StoreOpenError(
        'corrupt',
        file,
        `${file} is not a readable SQLite database (${(error as Error).message}). Kumo left it untouched: ` +
          'restore it from a backup, or move it away to start with empty state.',
        { cause: error },
      );
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new StoreOpenError(
        'locked',
        file,
        `${file} is in use by another Kumo process. Stop that process, or start this one with a different data directory.`,
        { cause: error },
      );
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_PERM':
    case 'SQLITE_IOERR':
      return unwritable(file, error);
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}

function unwritable(file: string, error: unknown): StoreOpenError {
  return new StoreOpenError(
    'unwritable',
    file,
    `Kumo cannot write ${file} (${error instanceof Error ? error.message : String(error)}). ` +
      'Check that the data directory exists and that this user may write to it, or choose another one.',
    { cause: error },
  );
}
