import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';
import { noSuchConfiguration } from '../model/intelligent-tiering.js';

export function getBucketIntelligentTieringConfiguration(input: { Bucket: string; Id?: string }, ctx: OperationContext): Record<string, unknown> {
  const bucket = requireBucket(ctx, input.Bucket);
  const config = bucket.intelligentTiering?.find((c) => c.Id === input.Id);
  if (!config) throw noSuchConfiguration();
  return { IntelligentTieringConfiguration: config };
}
