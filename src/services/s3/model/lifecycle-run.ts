import type { OperationContext } from '../../define-service.js';
import { objectsTable, uploadsTable, versionsTable, type BucketRow, type ObjectRow } from '../store.js';
import type { LifecycleRule } from './bucket-configs.js';
import { deleteObjectVersion } from './delete-object.js';
import { notifyObjectEvent, type EventOrigin } from './notifications.js';
import { isLocked } from './object-lock.js';
import { deleteVersion } from './object-versions.js';
import { DAY_MS, nextMidnightUtc } from './restore.js';
import { rewriteVersion } from './rewrite-version.js';
import { dropUpload } from './uploads.js';
import { rulePrefix, ruleMatches } from './lifecycle-rules.js';

/** Colder classes rank higher; lifecycle only moves objects down this waterfall. */
const RANK: Record<string, number> = {
  STANDARD: 0, REDUCED_REDUNDANCY: 0, STANDARD_IA: 1, INTELLIGENT_TIERING: 2, ONEZONE_IA: 3, GLACIER_IR: 4, GLACIER: 5, DEEP_ARCHIVE: 6,
};
const SMALL_OBJECT = 128 * 1024;
const SMALL_OBJECT_CLASSES = new Set(['STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER_IR']);

/** S3 counts lifecycle days from a time and acts at the following midnight UTC. */
const dueAfter = (fromMs: number, days: number) => nextMidnightUtc(fromMs + days * DAY_MS);

/**
 * One pass of a bucket's lifecycle rules at `nowMs`: expirations, transitions, noncurrent
 * version rules, expired delete markers and stale multipart uploads. Each change is its own
 * transaction; events go out as S3's `LifecycleExpiration:*` and `LifecycleTransition`.
 */
export function runLifecycle(ctx: OperationContext, bucket: BucketRow, nowMs: number, origin: EventOrigin): void {
  const lifecycle = bucket.lifecycle;
  if (!lifecycle) return;
  for (const rule of lifecycle.rules) {
    if (rule.Status !== 'Enabled') continue;
    const prefix = `${bucket.name}/${rulePrefix(rule)}`;
    if (rule.Expiration?.Days !== undefined || rule.Expiration?.Date !== undefined || rule.Transitions?.length) {
      for (const { value: row } of ctx.table(objectsTable).list({ prefix })) {
        if (ruleMatches(rule, row)) currentVersionActions(ctx, bucket, rule, row, nowMs, origin, lifecycle.transitionDefaultMinimumObjectSize);
      }
    }
    if (bucket.versioning !== undefined) versionActions(ctx, bucket, rule, prefix, nowMs, origin);
    const abortDays = rule.AbortIncompleteMultipartUpload?.DaysAfterInitiation;
    if (abortDays !== undefined) {
      for (const { value: upload } of ctx.table(uploadsTable).list({ prefix })) {
        if (nowMs >= dueAfter(upload.initiatedMs, abortDays)) ctx.store.transaction(() => dropUpload(ctx, upload));
      }
    }
  }
}

function currentVersionActions(ctx: OperationContext, bucket: BucketRow, rule: LifecycleRule, row: ObjectRow, nowMs: number, origin: EventOrigin, minimumSize: string): void {
  const expiration = rule.Expiration;
  const expireAt = expiration?.Date ?? (expiration?.Days !== undefined ? dueAfter(row.lastModifiedMs, expiration.Days) : undefined);
  if (expireAt !== undefined && nowMs >= expireAt) {
    if (bucket.versioning === undefined && isLocked(row, nowMs)) return;
    const result = deleteObjectVersion(ctx, bucket, row.key, undefined);
    const name = result.DeleteMarker ? 'LifecycleExpiration:DeleteMarkerCreated' : 'LifecycleExpiration:Delete';
    notifyObjectEvent(origin, bucket, { name, key: row.key, row: { size: 0, etag: '', versionId: result.VersionId ?? 'null' } });
    return;
  }
  const target = dueTransition(rule.Transitions ?? [], row, nowMs, (t) => t.Date ?? dueAfter(row.lastModifiedMs, t.Days ?? 0), rule, minimumSize);
  if (target !== undefined) transition(ctx, bucket, row, target, origin);
}

/** The coldest transition that is due and colder than the object's class now. */
function dueTransition<T extends { StorageClass: string }>(transitions: readonly T[], row: ObjectRow, nowMs: number, dueOf: (t: T) => number, rule: LifecycleRule, minimumSize: string): string | undefined {
  let best: string | undefined;
  const customMinimum = rule.Filter?.ObjectSizeGreaterThan !== undefined || rule.Filter?.And?.ObjectSizeGreaterThan !== undefined;
  for (const t of transitions) {
    if (nowMs < dueOf(t)) continue;
    if ((RANK[t.StorageClass] ?? 0) <= (RANK[row.storageClass] ?? 0)) continue;
    // Since September 2024 small objects stay put unless the rule's own size filter says otherwise.
    if (!customMinimum && row.size < SMALL_OBJECT && (minimumSize !== 'varies_by_storage_class' || SMALL_OBJECT_CLASSES.has(t.StorageClass))) continue;
    if (best === undefined || (RANK[t.StorageClass] ?? 0) > (RANK[best] ?? 0)) best = t.StorageClass;
  }
  return best;
}

function transition(ctx: OperationContext, bucket: BucketRow, row: ObjectRow, storageClass: string, origin: EventOrigin): void {
  const { restore: _restore, accessTier: _tier, ...rest } = row;
  ctx.store.transaction(() => rewriteVersion(ctx, bucket, { ...rest, storageClass }));
  notifyObjectEvent(origin, bucket, { name: 'LifecycleTransition', key: row.key, row });
}

/** Noncurrent-version expiration and transitions, then expired delete markers. */
function versionActions(ctx: OperationContext, bucket: BucketRow, rule: LifecycleRule, prefix: string, nowMs: number, origin: EventOrigin): void {
  const byKey = new Map<string, ObjectRow[]>();
  for (const { value } of ctx.table(versionsTable).list({ prefix })) {
    const list = byKey.get(value.key) ?? [];
    list.push(value);
    byKey.set(value.key, list);
  }
  const expiration = rule.NoncurrentVersionExpiration;
  const removeMarkers = rule.Expiration?.ExpiredObjectDeleteMarker === true || rule.Expiration?.Days !== undefined;
  for (const versions of byKey.values()) {
    let kept = versions.length;
    // versions[0] is current; each later one became noncurrent when the one above it was written.
    for (let i = 1; i < versions.length; i++) {
      const row = versions[i]!;
      if (!row.deleteMarker && !ruleMatches(rule, row)) continue;
      const since = versions[i - 1]!.lastModifiedMs;
      const newer = i - 1;
      if (expiration?.NoncurrentDays !== undefined && newer >= (expiration.NewerNoncurrentVersions ?? 0) && nowMs >= dueAfter(since, expiration.NoncurrentDays)) {
        if (isLocked(row, nowMs)) continue;
        ctx.store.transaction(() => deleteVersion(ctx, bucket, row.key, row.versionId));
        kept--;
        notifyObjectEvent(origin, bucket, { name: 'LifecycleExpiration:Delete', key: row.key, row });
        continue;
      }
      if (row.deleteMarker) continue;
      const transitions = (rule.NoncurrentVersionTransitions ?? []).filter((t) => newer >= (t.NewerNoncurrentVersions ?? 0));
      const target = dueTransition(transitions, row, nowMs, (t) => dueAfter(since, t.NoncurrentDays), rule, bucket.lifecycle?.transitionDefaultMinimumObjectSize ?? '');
      if (target !== undefined) transition(ctx, bucket, row, target, origin);
    }
    const current = versions[0]!;
    // A delete marker with no versions left under it is "expired".
    if (removeMarkers && kept === 1 && current.deleteMarker && rulePrefixMatches(rule, current)) {
      ctx.store.transaction(() => deleteVersion(ctx, bucket, current.key, current.versionId));
      notifyObjectEvent(origin, bucket, { name: 'LifecycleExpiration:Delete', key: current.key, row: current });
    }
  }
}

/** Delete markers carry no tags or size: only the prefix part of a filter applies to them. */
function rulePrefixMatches(rule: LifecycleRule, row: ObjectRow): boolean {
  return row.key.startsWith(rulePrefix(rule));
}
