import type { OperationContext } from '../../define-service.js';
import { noSuchPublicAccessBlock } from '../errors.js';
import { requireBucket } from '../model/buckets.js';
import { publicAccessBlockOf } from '../model/public-access.js';
import type { PublicAccessBlock } from '../model/access-configs.js';

export function getPublicAccessBlock(input: { Bucket: string }, ctx: OperationContext): { PublicAccessBlockConfiguration: PublicAccessBlock } {
  const bucket = requireBucket(ctx, input.Bucket);
  if (bucket.publicAccessBlock === null) throw noSuchPublicAccessBlock(bucket.name);
  return { PublicAccessBlockConfiguration: publicAccessBlockOf(bucket) };
}
