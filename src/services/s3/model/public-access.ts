import type { BucketRow } from '../store.js';
import type { PublicAccessBlock } from './access-configs.js';

/** Every bucket made since April 2023 starts with all four settings on, as AWS does. */
export const NEW_BUCKET_BLOCK: PublicAccessBlock = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const NONE: PublicAccessBlock = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };

/** The bucket's settings in force (account-level settings belong to S3 Control, not modelled here). */
export function publicAccessBlockOf(bucket: BucketRow): PublicAccessBlock {
  if (bucket.publicAccessBlock === undefined) return NEW_BUCKET_BLOCK;
  return bucket.publicAccessBlock ?? NONE;
}
