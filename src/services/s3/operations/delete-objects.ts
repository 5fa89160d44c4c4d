import type { OperationContext } from '../../define-service.js';
import { malformedXml } from '../errors.js';
import { requireBucket } from '../model/buckets.js';
import { deleteObjectVersion } from '../model/delete-object.js';

export interface DeleteObjectsInput {
  Bucket: string;
  Delete: { Objects?: Array<{ Key: string; VersionId?: string }>; Quiet?: boolean };
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
  for (const { Key, VersionId } of objects) {
    const result = deleteObjectVersion(ctx, bucket, Key, VersionId);
    const entry: Deleted = { Key };
    if (VersionId !== undefined) entry.VersionId = VersionId;
    if (result.DeleteMarker) {
      entry.DeleteMarker = true;
      entry.DeleteMarkerVersionId = result.VersionId;
    }
    deleted.push(entry);
  }
  // Quiet mode reports only failures.
  return input.Delete.Quiet ? {} : { Deleted: deleted };
}
