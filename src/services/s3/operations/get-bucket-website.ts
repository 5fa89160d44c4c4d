import type { OperationContext } from '../../define-service.js';
import { noSuchWebsiteConfiguration } from '../errors.js';
import type { WebsiteConfiguration } from '../model/access-configs.js';
import { requireBucket } from '../model/buckets.js';

export function getBucketWebsite(input: { Bucket: string }, ctx: OperationContext): WebsiteConfiguration {
  const bucket = requireBucket(ctx, input.Bucket);
  if (!bucket.website) throw noSuchWebsiteConfiguration(bucket.name);
  return bucket.website;
}
