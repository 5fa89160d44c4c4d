import type { Migration } from './migration.js';

/**
 * Rows of every service in one table. A rowid table (not WITHOUT ROWID) because values can be
 * hundreds of KB (DynamoDB items, SQS bodies) and WITHOUT ROWID tables suit small rows only; the
 * primary key's index still makes `list` a range scan in key order.
 */
export const initialMigration: Migration = {
  version: 1,
  description: 'records, blobs and kumo_meta tables',
  up(db) {
    db.exec(`
      CREATE TABLE kumo_meta (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE records (
        service TEXT NOT NULL,
        tbl TEXT NOT NULL,
        scope TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (service, tbl, scope, key)
      );
      CREATE TABLE blobs (
        id TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        md5 BLOB NOT NULL,
        sha256 BLOB NOT NULL,
        created_at INTEGER NOT NULL
      );
    `);
  },
};
