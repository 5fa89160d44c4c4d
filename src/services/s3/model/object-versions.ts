import type { OperationContext } from '../../define-service.js';
import { invalidVersionId, noSuchKey, noSuchVersion } from '../errors.js';
import { objectKey, objectsTable, versionPrefix, versionsTable, type BucketRow, type ObjectRow } from '../store.js';
import { newVersionId, NULL_VERSION } from './versions.js';

/**
 * Writes a new version (an object or a delete marker) as the bucket's versioning says:
 * never enabled -> it replaces the only, `null`, version; Enabled -> a new version id;
 * Suspended -> it replaces the `null` version among the others. Call inside a transaction.
 * Returns the stored row.
 */
export function putVersion(ctx: OperationContext, bucket: BucketRow, row: ObjectRow): ObjectRow {
  const objects = ctx.table(objectsTable);
  const k = objectKey(bucket.name, row.key);
  if (bucket.versioning === undefined) {
    const old = objects.get(k);
    const stored = { ...row, versionId: NULL_VERSION };
    if (stored.deleteMarker) objects.delete(k);
    else objects.put(k, stored);
    if (old) releaseData(ctx, old);
    return stored;
  }
  const versions = ctx.table(versionsTable);
  const prefix = versionPrefix(bucket.name, row.key);
  let versionId: string;
  if (bucket.versioning === 'Suspended') {
    versionId = NULL_VERSION;
    for (const { key, value } of versions.list({ prefix })) {
      if (value.versionId !== NULL_VERSION) continue;
      versions.delete(key);
      releaseData(ctx, value);
    }
  } else {
    versionId = newVersionId();
  }
  const stored = { ...row, versionId };
  versions.put(prefix + stored.sort, stored);
  if (stored.deleteMarker) objects.delete(k);
  else objects.put(k, stored);
  return stored;
}

/** A key's versions, newest first (its only version in a bucket that never had versioning). */
export function versionsOf(ctx: OperationContext, bucket: BucketRow, key: string): ObjectRow[] {
  if (bucket.versioning === undefined) {
    const current = ctx.table(objectsTable).get(objectKey(bucket.name, key));
    return current ? [current] : [];
  }
  return ctx.table(versionsTable).list({ prefix: versionPrefix(bucket.name, key) }).map((r) => r.value);
}

/** The current version, or the named one; throws NoSuchKey / NoSuchVersion as S3 does. */
export function findObject(ctx: OperationContext, bucket: BucketRow, key: string, versionId: string | undefined): ObjectRow {
  if (versionId === undefined) {
    const current = ctx.table(objectsTable).get(objectKey(bucket.name, key));
    if (!current) throw noSuchKey(key);
    return current;
  }
  const found = findVersion(ctx, bucket, key, versionId);
  if (!found) {
    if (bucket.versioning === undefined && versionId !== NULL_VERSION) throw invalidVersionId(versionId);
    throw noSuchVersion(key, versionId);
  }
  return found;
}

export function findVersion(ctx: OperationContext, bucket: BucketRow, key: string, versionId: string): ObjectRow | undefined {
  return versionsOf(ctx, bucket, key).find((v) => v.versionId === versionId);
}

/**
 * Deletes one version for good (and its bytes); if it was the newest, the next one becomes
 * current (or the key disappears from listings when that is a delete marker). Call inside a
 * transaction. Returns the deleted row.
 */
export function deleteVersion(ctx: OperationContext, bucket: BucketRow, key: string, versionId: string): ObjectRow | undefined {
  const objects = ctx.table(objectsTable);
  const k = objectKey(bucket.name, key);
  if (bucket.versioning === undefined) {
    const current = objects.get(k);
    if (!current || versionId !== NULL_VERSION) return undefined;
    objects.delete(k);
    releaseData(ctx, current);
    return current;
  }
  const versions = ctx.table(versionsTable);
  const prefix = versionPrefix(bucket.name, key);
  const all = versions.list({ prefix });
  const at = all.findIndex((r) => r.value.versionId === versionId);
  if (at === -1) return undefined;
  const removed = all[at]!.value;
  versions.delete(all[at]!.key);
  releaseData(ctx, removed);
  if (at === 0) {
    const next = all[1]?.value;
    if (next && !next.deleteMarker) objects.put(k, next);
    else objects.delete(k);
  }
  return removed;
}

/** Deletes an object version's bytes; the store removes the files once the transaction commits. */
export function releaseData(ctx: OperationContext, row: ObjectRow): void {
  for (const blob of row.data) ctx.store.blobs.remove(blob.id);
}
