import type { OperationContext } from '../../define-service.js';
import { objectsTable, tieringAccessTable, versionsTable, VERSION_SEPARATOR, type BucketRow, type ObjectRow } from '../store.js';
import { lastAccessMs, MINIMUM_MONITORED_SIZE, setLastAccess, tieringMatches, type ArchiveTier } from './intelligent-tiering.js';
import { notifyObjectEvent, type EventOrigin } from './notifications.js';
import { findVersion } from './object-versions.js';
import { DAY_MS } from './restore.js';
import { rewriteVersion } from './rewrite-version.js';

const RANK: Record<ArchiveTier, number> = { ARCHIVE_ACCESS: 1, DEEP_ARCHIVE_ACCESS: 2 };

/**
 * One pass of a bucket's enabled Intelligent-Tiering configurations at `nowMs`: every
 * INTELLIGENT_TIERING version of 128 KiB or more that no GET has read for a tier's Days moves
 * to the coldest such tier of the configurations that match it (never back up: only a
 * restore does that). Versions being restored wait. Each move is announced as S3's
 * `s3:IntelligentTiering` event.
 */
export function runIntelligentTiering(ctx: OperationContext, bucket: BucketRow, nowMs: number, origin?: EventOrigin): void {
  const configs = (bucket.intelligentTiering ?? []).filter((c) => c.Status === 'Enabled');
  if (configs.length === 0) return;
  const table = bucket.versioning !== undefined ? versionsTable : objectsTable;
  for (const { value: row } of ctx.table(table).list({ prefix: `${bucket.name}/` })) {
    if (row.deleteMarker || row.storageClass !== 'INTELLIGENT_TIERING' || row.size < MINIMUM_MONITORED_SIZE) continue;
    if (row.restore) continue;
    const idleMs = nowMs - lastAccessMs(ctx, bucket, row);
    let target: ArchiveTier | undefined;
    for (const config of configs) {
      if (!tieringMatches(config, row)) continue;
      for (const t of config.Tierings) {
        if (idleMs >= t.Days * DAY_MS && (target === undefined || RANK[t.AccessTier] > RANK[target])) target = t.AccessTier;
      }
    }
    if (target === undefined || (row.accessTier !== undefined && RANK[row.accessTier] >= RANK[target])) continue;
    ctx.store.transaction(() => rewriteVersion(ctx, bucket, { ...row, accessTier: target }));
    // s3:IntelligentTiering: the object moved to an archive tier.
    if (origin) notifyObjectEvent(origin, bucket, { name: 'IntelligentTiering', key: row.key, row, tiering: { destinationAccessTier: target } });
  }
  forgetGoneVersions(ctx, bucket);
}

/** Access times of versions that were overwritten or deleted since. */
function forgetGoneVersions(ctx: OperationContext, bucket: BucketRow): void {
  const access = ctx.table(tieringAccessTable);
  for (const { key } of access.list({ prefix: `${bucket.name}/` })) {
    const rest = key.slice(bucket.name.length + 1);
    const at = rest.lastIndexOf(VERSION_SEPARATOR);
    if (!findVersion(ctx, bucket, rest.slice(0, at), rest.slice(at + 1))) access.delete(key);
  }
}

/**
 * A restore from an archive tier has finished: the object is back in the Frequent Access tier
 * (no temporary copy, no expiry) and its no-access timer starts again from then.
 */
export function completeTieringRestore(ctx: OperationContext, bucket: BucketRow, row: ObjectRow, origin: EventOrigin): void {
  const readyMs = row.restore?.readyMs ?? origin.nowMs;
  const { restore: _done, accessTier: _tier, ...rest } = row;
  ctx.store.transaction(() => {
    rewriteVersion(ctx, bucket, rest);
    setLastAccess(ctx, bucket, row, readyMs);
  });
  notifyObjectEvent(origin, bucket, { name: 'ObjectRestore:Completed', key: row.key, row, restore: { storageClass: row.storageClass } });
}
