import type { Migration } from './migration.js';

/**
 * The `blobs` table keyed by its id alone. Its rows are small (sizes and digests), which is
 * what WITHOUT ROWID tables suit: one B-tree instead of a table plus its primary-key index,
 * so each blob written or deleted touches one page fewer in the WAL (every S3 PUT does both).
 */
export const blobsWithoutRowidMigration: Migration = {
  version: 3,
  description: 'blobs as a WITHOUT ROWID table',
  up(db) {
    db.exec(`
      CREATE TABLE blobs_by_id (
        id TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        md5 BLOB NOT NULL,
        sha256 BLOB NOT NULL,
        created_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      INSERT INTO blobs_by_id (id, size, md5, sha256, created_at) SELECT id, size, md5, sha256, created_at FROM blobs;
      DROP TABLE blobs;
      ALTER TABLE blobs_by_id RENAME TO blobs;
    `);
  },
};
