import type { OperationContext } from '../../define-service.js';
import { invalidArgument, malformedXml } from '../errors.js';
import { requireBucket } from '../model/buckets.js';
import { validateLifecycleRules, type WireRule } from '../model/lifecycle-rules.js';
import { bucketsTable } from '../store.js';

export interface PutBucketLifecycleConfigurationInput {
  Bucket: string;
  LifecycleConfiguration?: { Rules?: WireRule[] };
  TransitionDefaultMinimumObjectSize?: string;
}

const MINIMUM_SIZES = new Set(['all_storage_classes_128K', 'varies_by_storage_class']);

/** Replaces the bucket's rules; the lifecycle worker applies them on Kumo's clock. */
export function putBucketLifecycleConfiguration(input: PutBucketLifecycleConfigurationInput, ctx: OperationContext): Record<string, unknown> {
  requireBucket(ctx, input.Bucket);
  if (!input.LifecycleConfiguration) throw malformedXml();
  const size = input.TransitionDefaultMinimumObjectSize ?? 'all_storage_classes_128K';
  if (!MINIMUM_SIZES.has(size)) throw invalidArgument('Invalid TransitionDefaultMinimumObjectSize', 'x-amz-transition-default-minimum-object-size', size);
  const rules = validateLifecycleRules(input.LifecycleConfiguration.Rules ?? []);
  ctx.store.transaction(() => {
    const bucket = requireBucket(ctx, input.Bucket);
    ctx.table(bucketsTable).put(bucket.name, { ...bucket, lifecycle: { rules, transitionDefaultMinimumObjectSize: size } });
  });
  return { TransitionDefaultMinimumObjectSize: size };
}
