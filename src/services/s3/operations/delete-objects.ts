import type { OperationContext } from '../../define-service.js';
import { malformedXml } from '../errors.js';
import { requireBucket } from '../model/buckets.js';
import { deleteObjectVersion } from '../model/delete-object.js';
import { notifyObjectEvent, originOf } from '../model/notifications.js';
import { checkDeleteCondition } from '../model/delete-conditions.js';
import { AwsError } from '../../../shared/aws-error.js';
import { deferredDenial, deleteObjectsItem } from '../../../policy/index.js';

export interface DeleteObjectsInput {
  Bucket: string;
  Delete: { Objects?: Array<{ Key: string; VersionId?: string; ETag?: string }>; Quiet?: boolean };
  BypassGovernanceRetention?: boolean;
}

interface Deleted {
  Key: string;
  VersionId?: string;
  DeleteMarker?: boolean;
  DeleteMarkerVersionId?: string;
}

export function deleteObjects(input: DeleteObjectsInput, ctx: OperationContext): { Deleted?: Deleted[]; Errors?: unknown[] } {
  const bucket = requireBucket(ctx, input.Bucket);
  const objects = input.Delete?.Objects ?? [];
  if (objects.length === 0 || objects.length > 1000) throw malformedXml();
  const deleted: Deleted[] = [];
  const errors: Array<{ Key: string; VersionId?: string; Code: string; Message: string }> = [];
  for (const [index, { Key, VersionId, ETag }] of objects.entries()) {
    let result: ReturnType<typeof deleteObjectVersion>;
    try {
      // Each key is authorized on its own (s3:DeleteObject, or s3:DeleteObjectVersion naming a version): S3 reports a refused one, not the request.
      if (deferredDenial(input, deleteObjectsItem(index))) throw new AwsError('AccessDenied', 'Access Denied', { status: 403 });
      // The ETag element is the per-key If-Match of a conditional delete.
      checkDeleteCondition(ctx, bucket, Key, ETag);
      result = deleteObjectVersion(ctx, bucket, Key, VersionId, input.BypassGovernanceRetention);
    } catch (error) {
      // A locked version or a failed condition fails alone, reported in the result as S3 does.
      if (!(error instanceof AwsError)) throw error;
      errors.push({ Key, ...(VersionId !== undefined ? { VersionId } : {}), Code: error.code, Message: error.message });
      continue;
    }
    const created = result.DeleteMarker === true && VersionId === undefined;
    notifyObjectEvent(originOf(ctx), bucket, { name: created ? 'ObjectRemoved:DeleteMarkerCreated' : 'ObjectRemoved:Delete', key: Key, row: { size: 0, etag: '', versionId: result.VersionId ?? 'null' } });
    const entry: Deleted = { Key };
    if (VersionId !== undefined) entry.VersionId = VersionId;
    if (result.DeleteMarker) {
      entry.DeleteMarker = true;
      entry.DeleteMarkerVersionId = result.VersionId;
    }
    deleted.push(entry);
  }
  // Quiet mode reports only failures.
  const out: { Deleted?: Deleted[]; Errors?: unknown[] } = input.Delete.Quiet ? {} : { Deleted: deleted };
  if (errors.length > 0) out.Errors = errors;
  return out;
}
