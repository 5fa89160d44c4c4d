import type { OperationContext } from '../../define-service.js';
import { aclOutput } from '../model/acl.js';
import { requireBucket } from '../model/buckets.js';

export function getBucketAcl(input: { Bucket: string }, ctx: OperationContext): ReturnType<typeof aclOutput> {
  const bucket = requireBucket(ctx, input.Bucket);
  return aclOutput(bucket, bucket.acl, bucket.accountId);
}
