import type { OperationContext } from '../../define-service.js';
import { noSuchCorsConfiguration } from '../errors.js';
import type { CorsRule } from '../model/access-configs.js';
import { requireBucket } from '../model/buckets.js';

export function getBucketCors(input: { Bucket: string }, ctx: OperationContext): { CORSRules: CorsRule[] } {
  const bucket = requireBucket(ctx, input.Bucket);
  if (!bucket.cors) throw noSuchCorsConfiguration(bucket.name);
  return { CORSRules: bucket.cors };
}
