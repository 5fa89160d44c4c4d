import type { OperationContext } from '../../define-service.js';
import { AwsError } from '../../../shared/aws-error.js';
import { malformedXml } from '../errors.js';
import { requireBucket } from '../model/buckets.js';
import { bucketsTable, objectsTable, versionPrefix, versionsTable } from '../store.js';

export interface PutBucketVersioningInput {
  Bucket: string;
  VersioningConfiguration?: { Status?: string; MFADelete?: string };
}

export function putBucketVersioning(input: PutBucketVersioningInput, ctx: OperationContext): Record<string, never> {
  const bucket = requireBucket(ctx, input.Bucket);
  const status = input.VersioningConfiguration?.Status;
  const mfaDelete = input.VersioningConfiguration?.MFADelete;
  if (status !== undefined && status !== 'Enabled' && status !== 'Suspended') throw malformedXml();
  if (mfaDelete !== undefined && mfaDelete !== 'Enabled' && mfaDelete !== 'Disabled') throw malformedXml();
  if (status === undefined) return {};
  if (bucket.objectLockEnabled && status === 'Suspended') {
    throw new AwsError('InvalidBucketState', 'An Object Lock configuration is present on this bucket, so the versioning state cannot be changed.', { status: 409 });
  }
  ctx.store.transaction(() => {
    if (bucket.versioning === undefined) {
      // The first time: the objects so far become each key's `null` version.
      const versions = ctx.table(versionsTable);
      for (const { value } of ctx.table(objectsTable).list({ prefix: `${bucket.name}/` })) {
        versions.put(versionPrefix(bucket.name, value.key) + value.sort, value);
      }
    }
    ctx.table(bucketsTable).put(bucket.name, { ...bucket, versioning: status, ...(mfaDelete ? { mfaDelete } : {}) });
  });
  return {};
}
