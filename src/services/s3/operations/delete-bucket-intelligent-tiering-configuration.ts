import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';
import { noSuchConfiguration } from '../model/intelligent-tiering.js';
import { bucketsTable } from '../store.js';

/** Objects already in an archive tier stay there (only a restore brings them back), as on S3. */
export function deleteBucketIntelligentTieringConfiguration(input: { Bucket: string; Id?: string }, ctx: OperationContext): Record<string, never> {
  ctx.store.transaction(() => {
    const bucket = requireBucket(ctx, input.Bucket);
    const configs = bucket.intelligentTiering ?? [];
    if (!configs.some((c) => c.Id === input.Id)) throw noSuchConfiguration();
    const rest = configs.filter((c) => c.Id !== input.Id);
    const { intelligentTiering: _gone, ...row } = bucket;
    ctx.table(bucketsTable).put(bucket.name, rest.length > 0 ? { ...row, intelligentTiering: rest } : row);
  });
  return {};
}
