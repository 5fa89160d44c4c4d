import type { OperationContext } from '../../define-service.js';
import { methodNotAllowed } from '../errors.js';
import { aclOutput } from '../model/acl.js';
import { requireBucket } from '../model/buckets.js';
import { findObject } from '../model/object-versions.js';

export function getObjectAcl(input: { Bucket: string; Key: string; VersionId?: string }, ctx: OperationContext): Record<string, unknown> {
  const bucket = requireBucket(ctx, input.Bucket);
  const row = findObject(ctx, bucket, input.Key, input.VersionId);
  if (row.deleteMarker) throw methodNotAllowed('GET', 'DeleteMarker');
  return aclOutput(bucket, row.acl, row.ownerAccountId);
}
