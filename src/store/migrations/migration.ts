import type { Database } from 'better-sqlite3';

/** One step of the SQLite schema; `version` is what `PRAGMA user_version` holds after it. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  /** Runs inside the migration transaction; must be synchronous. */
  up(db: Database): void;
}
