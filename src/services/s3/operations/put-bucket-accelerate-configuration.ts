import type { OperationContext } from '../../define-service.js';
import { invalidRequest, malformedXml } from '../errors.js';
import { requireBucket } from '../model/buckets.js';
import { bucketsTable } from '../store.js';

export interface PutBucketAccelerateConfigurationInput {
  Bucket: string;
  AccelerateConfiguration?: { Status?: string };
}

/**
 * Transfer Acceleration on or off. Kumo serves every request at one endpoint, so this only
 * records the state; bucket names with dots are refused, as S3 does (no TLS for them there).
 */
export function putBucketAccelerateConfiguration(input: PutBucketAccelerateConfigurationInput, ctx: OperationContext): Record<string, never> {
  requireBucket(ctx, input.Bucket);
  const status = input.AccelerateConfiguration?.Status;
  if (status !== 'Enabled' && status !== 'Suspended') throw malformedXml();
  if (input.Bucket.includes('.')) throw invalidRequest('S3 Transfer Acceleration is not supported for buckets with periods (.) in their names');
  ctx.store.transaction(() => {
    const bucket = requireBucket(ctx, input.Bucket);
    ctx.table(bucketsTable).put(bucket.name, { ...bucket, accelerate: status });
  });
  return {};
}
