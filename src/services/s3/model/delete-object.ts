import type { OperationContext } from '../../define-service.js';
import type { BucketRow, ObjectRow } from '../store.js';
import { deleteVersion, findVersion, putVersion } from './object-versions.js';
import { checkVersionDeletable } from './object-lock.js';
import { newSort, nowSeconds } from './object-rows.js';

export interface DeleteResult {
  VersionId?: string;
  DeleteMarker?: boolean;
}

/**
 * DeleteObject's rules: without a version id, an unversioned bucket forgets the key and a
 * versioned one gains a delete marker; with one, that version goes for good. Deleting what
 * is not there succeeds, as in S3.
 */
export function deleteObjectVersion(ctx: OperationContext, bucket: BucketRow, key: string, versionId: string | undefined, bypassGovernance?: boolean): DeleteResult {
  return ctx.store.transaction(() => {
    if (versionId !== undefined) {
      // Object lock guards versions, not keys: a delete marker on top is always allowed.
      if (bucket.objectLockEnabled) {
        const target = findVersion(ctx, bucket, key, versionId);
        if (target) checkVersionDeletable(target, bypassGovernance, ctx.clock.now());
      }
      const removed = deleteVersion(ctx, bucket, key, versionId);
      if (bucket.versioning === undefined) return {};
      return { VersionId: versionId, ...(removed?.deleteMarker ? { DeleteMarker: true } : {}) };
    }
    if (bucket.versioning === undefined) {
      deleteVersion(ctx, bucket, key, 'null');
      return {};
    }
    const marker: ObjectRow = {
      key,
      versionId: '',
      sort: newSort(ctx),
      deleteMarker: true,
      lastModifiedMs: nowSeconds(ctx),
      etag: '',
      size: 0,
      data: [],
      headers: {},
      metadata: {},
      storageClass: 'STANDARD',
      ownerAccountId: ctx.accountId,
    };
    const stored = putVersion(ctx, bucket, marker);
    return { VersionId: stored.versionId, DeleteMarker: true };
  });
}
