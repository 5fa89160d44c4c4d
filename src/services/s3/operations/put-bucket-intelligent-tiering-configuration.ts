import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';
import { MAX_CONFIGURATIONS, tooManyConfigurations, validateTieringConfig, type WireTieringConfig } from '../model/intelligent-tiering.js';
import { bucketsTable } from '../store.js';

export interface PutBucketIntelligentTieringConfigurationInput {
  Bucket: string;
  Id?: string;
  IntelligentTieringConfiguration?: WireTieringConfig;
}

/** Adds or replaces the configuration named by `?id=` (the body's Id must be the same); 1,000 per bucket. */
export function putBucketIntelligentTieringConfiguration(input: PutBucketIntelligentTieringConfigurationInput, ctx: OperationContext): Record<string, never> {
  requireBucket(ctx, input.Bucket);
  const config = validateTieringConfig(input.Id, input.IntelligentTieringConfiguration);
  ctx.store.transaction(() => {
    const bucket = requireBucket(ctx, input.Bucket);
    const others = (bucket.intelligentTiering ?? []).filter((c) => c.Id !== config.Id);
    if (others.length >= MAX_CONFIGURATIONS) throw tooManyConfigurations();
    const configs = [...others, config].sort((a, b) => (a.Id < b.Id ? -1 : a.Id > b.Id ? 1 : 0));
    ctx.table(bucketsTable).put(bucket.name, { ...bucket, intelligentTiering: configs });
  });
  return {};
}
