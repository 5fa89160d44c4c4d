import type { Migration } from './migration.js';

/** Small blobs' bytes, kept in the database instead of one fsync'd file each. */
export const inlineBlobsMigration: Migration = {
  version: 2,
  description: 'blob_bytes table for small blobs',
  up(db) {
    db.exec(`
      CREATE TABLE blob_bytes (
        id TEXT PRIMARY KEY,
        bytes BLOB NOT NULL
      );
    `);
  },
};
