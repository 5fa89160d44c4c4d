import type { OperationContext } from '../../define-service.js';
import { malformedXml } from '../errors.js';
import { updateBucket } from '../model/update-bucket.js';
import type { PublicAccessBlock } from '../model/access-configs.js';

export interface PutPublicAccessBlockInput {
  Bucket: string;
  PublicAccessBlockConfiguration?: Partial<PublicAccessBlock>;
}

/** Settings left out of the body are false, as on S3. */
export function putPublicAccessBlock(input: PutPublicAccessBlockInput, ctx: OperationContext): Record<string, never> {
  const given = input.PublicAccessBlockConfiguration;
  if (!given) throw malformedXml();
  const block: PublicAccessBlock = {
    BlockPublicAcls: given.BlockPublicAcls === true,
    IgnorePublicAcls: given.IgnorePublicAcls === true,
    BlockPublicPolicy: given.BlockPublicPolicy === true,
    RestrictPublicBuckets: given.RestrictPublicBuckets === true,
  };
  updateBucket(ctx, input.Bucket, (bucket) => ({ ...bucket, publicAccessBlock: block }));
  return {};
}
