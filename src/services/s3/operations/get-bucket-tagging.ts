import type { OperationContext } from '../../define-service.js';
import { noSuchTagSet } from '../errors.js';
import { requireBucket } from '../model/buckets.js';
import type { Tag } from '../store.js';

export function getBucketTagging(input: { Bucket: string }, ctx: OperationContext): { TagSet: Tag[] } {
  const bucket = requireBucket(ctx, input.Bucket);
  if (!bucket.tags || bucket.tags.length === 0) throw noSuchTagSet(bucket.name);
  return { TagSet: bucket.tags };
}
