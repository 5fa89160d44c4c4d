import type { OperationContext } from '../../define-service.js';
import type { WebsiteConfiguration } from '../model/access-configs.js';
import { updateBucket } from '../model/update-bucket.js';
import { validateWebsite } from '../model/website-config.js';

export function putBucketWebsite(input: { Bucket: string; WebsiteConfiguration?: WebsiteConfiguration }, ctx: OperationContext): Record<string, never> {
  const website = validateWebsite(input.WebsiteConfiguration);
  updateBucket(ctx, input.Bucket, (bucket) => ({ ...bucket, website }));
  return {};
}
