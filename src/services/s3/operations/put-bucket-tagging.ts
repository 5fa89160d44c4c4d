import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';
import { validateTags } from '../model/tags.js';
import { bucketsTable, type Tag } from '../store.js';

export function putBucketTagging(input: { Bucket: string; Tagging: { TagSet?: Tag[] } }, ctx: OperationContext): Record<string, never> {
  const bucket = requireBucket(ctx, input.Bucket);
  const tags = input.Tagging?.TagSet ?? [];
  validateTags(tags, 50);
  ctx.table(bucketsTable).put(bucket.name, { ...bucket, tags });
  return {};
}
