import type { OperationContext } from '../../define-service.js';
import type { CorsRule } from '../model/access-configs.js';
import { validateCorsRules } from '../model/cors.js';
import { updateBucket } from '../model/update-bucket.js';

export interface PutBucketCorsInput {
  Bucket: string;
  CORSConfiguration?: { CORSRules?: CorsRule[] };
}

export function putBucketCors(input: PutBucketCorsInput, ctx: OperationContext): Record<string, never> {
  const rules = validateCorsRules(input.CORSConfiguration?.CORSRules);
  updateBucket(ctx, input.Bucket, (bucket) => ({ ...bucket, cors: rules }));
  return {};
}
