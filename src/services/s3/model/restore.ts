import type { ObjectRow } from '../store.js';

export const DAY_MS = 86_400_000;

/** Classes whose bytes are offline until RestoreObject brings a copy back. */
export const ARCHIVED_CLASSES = new Set(['GLACIER', 'DEEP_ARCHIVE']);

/**
 * How long a restore takes per class and tier: the top of the range AWS documents
 * (Flexible Retrieval: Expedited 1-5 minutes, Standard 3-5 hours, Bulk 5-12 hours;
 * Deep Archive: Standard within 12 hours, Bulk within 48 hours, no Expedited).
 */
export const RESTORE_TIER_MS: Record<string, Record<string, number>> = {
  GLACIER: { Expedited: 5 * 60_000, Standard: 5 * 3_600_000, Bulk: 12 * 3_600_000 },
  DEEP_ARCHIVE: { Standard: 12 * 3_600_000, Bulk: 48 * 3_600_000 },
};

/**
 * Intelligent-Tiering's archive tiers restore in the times of the classes they mirror
 * (Archive Access as Flexible Retrieval, Deep Archive Access as Deep Archive).
 */
export const TIERING_RESTORE_MS: Record<string, Record<string, number>> = {
  ARCHIVE_ACCESS: RESTORE_TIER_MS.GLACIER!,
  DEEP_ARCHIVE_ACCESS: RESTORE_TIER_MS.DEEP_ARCHIVE!,
};

/** S3 rounds lifecycle and restore expiry times up to the next midnight UTC. */
export function nextMidnightUtc(ms: number): number {
  return Math.ceil(ms / DAY_MS) * DAY_MS;
}

/** The x-amz-restore header: ongoing until the tier's time has passed, then the copy's expiry, then nothing. */
export function restoreHeader(row: ObjectRow, nowMs: number): string | undefined {
  const restore = row.restore;
  if (!restore) return undefined;
  if (nowMs < restore.readyMs) return 'ongoing-request="true"';
  if (restore.expiryMs !== undefined && nowMs < restore.expiryMs) {
    return `ongoing-request="false", expiry-date="${new Date(restore.expiryMs).toUTCString()}"`;
  }
  return undefined;
}

/** Whether GET may read the bytes: not archived, or a restored copy is there now. */
export function isReadable(row: ObjectRow, nowMs: number): boolean {
  // An Intelligent-Tiering archive tier: readable once a restore has moved it back to Frequent Access.
  if (row.accessTier) return row.restore !== undefined && nowMs >= row.restore.readyMs;
  if (!ARCHIVED_CLASSES.has(row.storageClass)) return true;
  const restore = row.restore;
  return restore !== undefined && nowMs >= restore.readyMs && nowMs < (restore.expiryMs ?? 0);
}

/** x-amz-archive-status: the archive tier of an INTELLIGENT_TIERING object, until a restore brings it back. */
export function archiveStatus(row: ObjectRow, nowMs: number): string | undefined {
  if (!row.accessTier) return undefined;
  if (row.restore && nowMs >= row.restore.readyMs) return undefined;
  return row.accessTier;
}
