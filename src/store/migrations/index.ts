import { initialMigration } from './001-initial.js';
import { inlineBlobsMigration } from './002-inline-blobs.js';
import { blobsWithoutRowidMigration } from './003-blobs-without-rowid.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/** Every migration, in order; append new ones, never edit a released one. */
export const migrations: readonly Migration[] = [initialMigration, inlineBlobsMigration, blobsWithoutRowidMigration];

/** The schema version this code writes; a database above it is refused as 'newer-version'. */
export const latestSchemaVersion = migrations[migrations.length - 1]!.version;
