import type { OperationContext } from '../../define-service.js';
import { parsePolicyDocument } from '../../../policy/index.js';
import { noSuchBucketPolicy } from '../errors.js';
import { requireBucket } from '../model/buckets.js';
import { isPublicPolicy } from '../model/bucket-policy.js';

/** IsPublic follows AWS's definition of a public policy; Block Public Access does not change it. */
export function getBucketPolicyStatus(input: { Bucket: string }, ctx: OperationContext): { PolicyStatus: { IsPublic: boolean } } {
  const bucket = requireBucket(ctx, input.Bucket);
  if (bucket.policy === undefined) throw noSuchBucketPolicy(bucket.name);
  return { PolicyStatus: { IsPublic: isPublicPolicy(parsePolicyDocument(bucket.policy, 'resource')) } };
}
