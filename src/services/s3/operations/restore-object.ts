import type { OperationContext } from '../../define-service.js';
import { AwsError } from '../../../shared/aws-error.js';
import { invalidArgument, malformedXml, methodNotAllowed } from '../errors.js';
import { requireBucket } from '../model/buckets.js';
import { notifyObjectEvent, originOf } from '../model/notifications.js';
import { findObject } from '../model/object-versions.js';
import { ARCHIVED_CLASSES, archiveStatus, DAY_MS, nextMidnightUtc, RESTORE_TIER_MS, TIERING_RESTORE_MS } from '../model/restore.js';
import { rewriteVersion } from '../model/rewrite-version.js';
import { restoresTable, VERSION_SEPARATOR, type BucketRow, type ObjectRow } from '../store.js';

export interface RestoreObjectInput {
  Bucket: string;
  Key: string;
  VersionId?: string;
  RestoreRequest?: { Days?: number; GlacierJobParameters?: { Tier?: string }; Tier?: string; Type?: string };
}

const TIERS = new Set(['Expedited', 'Standard', 'Bulk']);

/**
 * Brings a temporary copy of an archived object back: 202 while the tier's time runs on
 * Kumo's clock (x-amz-restore ongoing), then readable until Days after completion, rounded
 * to midnight UTC. Asking again once restored moves the expiry (200).
 */
export function restoreObject(input: RestoreObjectInput, ctx: OperationContext): { StatusCode: number } {
  const bucket = requireBucket(ctx, input.Bucket);
  const row = findObject(ctx, bucket, input.Key, input.VersionId);
  if (row.deleteMarker) throw methodNotAllowed('POST', 'DeleteMarker');
  if (archiveStatus(row, ctx.clock.now()) !== undefined) return restoreFromTieringArchive(ctx, bucket, row, input.RestoreRequest);
  if (!ARCHIVED_CLASSES.has(row.storageClass)) {
    throw new AwsError('InvalidObjectState', "Restore is not allowed for the object's current storage class", { status: 403, fields: { StorageClass: row.storageClass } });
  }
  const request = input.RestoreRequest;
  if (request?.Type !== undefined && request.Type !== 'SELECT') throw malformedXml();
  if (request?.Type === 'SELECT') throw new AwsError('NotImplemented', 'Kumo does not implement S3 Select restores.', { status: 501, senderFault: false });
  const days = request?.Days;
  if (days === undefined) throw malformedXml();
  if (!Number.isInteger(days) || days < 1) throw invalidArgument('Days must be a positive integer', 'Days', String(days));
  const tier = request?.GlacierJobParameters?.Tier ?? request?.Tier ?? 'Standard';
  if (!TIERS.has(tier)) throw malformedXml();
  const takes = RESTORE_TIER_MS[row.storageClass]?.[tier];
  if (takes === undefined) throw invalidArgument(`Restore tier '${tier}' is not supported for the ${row.storageClass} storage class`, 'Tier', tier);

  const now = ctx.clock.now();
  const restores = ctx.table(restoresTable);
  const trackKey = `${bucket.name}/${row.key}${VERSION_SEPARATOR}${row.versionId}`;
  if (row.restore && now < row.restore.readyMs) throw new AwsError('RestoreAlreadyInProgress', 'Object restore is already in progress', { status: 409 });
  const restored = row.restore !== undefined && now < (row.restore.expiryMs ?? 0);
  const readyMs = restored ? row.restore!.readyMs : now + takes;
  const expiryMs = nextMidnightUtc((restored ? now : readyMs) + days * DAY_MS);
  ctx.store.transaction(() => {
    rewriteVersion(ctx, bucket, { ...row, restore: { ongoing: !restored, readyMs, expiryMs } });
    restores.put(trackKey, { bucket: bucket.name, key: row.key, versionId: row.versionId, readyMs, expiryMs, ...(restored ? { completed: true } : {}) });
  });
  if (!restored) notifyObjectEvent(originOf(ctx), bucket, { name: 'ObjectRestore:Post', key: row.key, row, restore: { storageClass: row.storageClass } });
  return { StatusCode: restored ? 200 : 202 };
}

/**
 * An INTELLIGENT_TIERING object in an archive tier: the restore moves it back to the Frequent
 * Access tier after the tier's time (Archive Access as Flexible Retrieval, Deep Archive Access as
 * Deep Archive), for good, so S3 refuses Days. Always 202: there is no copy to extend.
 */
function restoreFromTieringArchive(ctx: OperationContext, bucket: BucketRow, row: ObjectRow, request: RestoreObjectInput['RestoreRequest']): { StatusCode: number } {
  if (request?.Type !== undefined) throw malformedXml();
  if (request?.Days !== undefined) {
    throw invalidArgument('INTELLIGENT_TIERING objects are not subject to restore expiry. Do not specify Days when restoring this object', 'Days', String(request.Days));
  }
  const tier = request?.GlacierJobParameters?.Tier ?? request?.Tier ?? 'Standard';
  if (!TIERS.has(tier)) throw malformedXml();
  const takes = TIERING_RESTORE_MS[row.accessTier!]?.[tier];
  if (takes === undefined) throw invalidArgument(`Restore tier '${tier}' is not supported for the ${row.accessTier} access tier`, 'Tier', tier);
  const now = ctx.clock.now();
  if (row.restore && now < row.restore.readyMs) throw new AwsError('RestoreAlreadyInProgress', 'Object restore is already in progress', { status: 409 });
  const readyMs = now + takes;
  ctx.store.transaction(() => {
    rewriteVersion(ctx, bucket, { ...row, restore: { ongoing: true, readyMs } });
    ctx.table(restoresTable).put(`${bucket.name}/${row.key}${VERSION_SEPARATOR}${row.versionId}`, { bucket: bucket.name, key: row.key, versionId: row.versionId, readyMs, expiryMs: readyMs });
  });
  notifyObjectEvent(originOf(ctx), bucket, { name: 'ObjectRestore:Post', key: row.key, row, restore: { storageClass: row.storageClass } });
  return { StatusCode: 202 };
}
