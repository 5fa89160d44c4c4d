import type { OperationContext } from '../../define-service.js';
import { malformedXml } from '../errors.js';
import { requireBucket } from '../model/buckets.js';
import { validateLifecycleRules, type WireRule } from '../model/lifecycle-rules.js';
import { bucketsTable } from '../store.js';

/** A rule of the 2006 API: a Prefix per rule and at most one transition of each kind. */
export interface LegacyLifecycleRule {
  ID?: string;
  Prefix?: string;
  Status?: string;
  Expiration?: WireRule['Expiration'];
  Transition?: { Date?: Date; Days?: number; StorageClass?: string };
  NoncurrentVersionTransition?: { NoncurrentDays?: number; StorageClass?: string; NewerNoncurrentVersions?: number };
  NoncurrentVersionExpiration?: WireRule['NoncurrentVersionExpiration'];
  AbortIncompleteMultipartUpload?: WireRule['AbortIncompleteMultipartUpload'];
}

export interface PutBucketLifecycleInput {
  Bucket: string;
  LifecycleConfiguration?: { Rules?: LegacyLifecycleRule[] };
}

/**
 * The deprecated PutBucketLifecycle: the same `?lifecycle` subresource, so the rules land in the
 * bucket's one lifecycle configuration (GetBucketLifecycleConfiguration shows them, the worker
 * runs them). Over HTTP the request is the same XML as PutBucketLifecycleConfiguration's and is
 * answered by it; this entry serves callers that name the old operation.
 */
export function putBucketLifecycle(input: PutBucketLifecycleInput, ctx: OperationContext): Record<string, never> {
  requireBucket(ctx, input.Bucket);
  if (!input.LifecycleConfiguration) throw malformedXml();
  const wire = (input.LifecycleConfiguration.Rules ?? []).map((r): WireRule => {
    // The old schema requires a Prefix on every rule.
    if (r.Prefix === undefined) throw malformedXml();
    return {
      ...(r.ID !== undefined ? { ID: r.ID } : {}),
      Prefix: r.Prefix,
      ...(r.Status !== undefined ? { Status: r.Status } : {}),
      ...(r.Expiration ? { Expiration: r.Expiration } : {}),
      ...(r.Transition ? { Transitions: [r.Transition] } : {}),
      ...(r.NoncurrentVersionTransition ? { NoncurrentVersionTransitions: [r.NoncurrentVersionTransition] } : {}),
      ...(r.NoncurrentVersionExpiration ? { NoncurrentVersionExpiration: r.NoncurrentVersionExpiration } : {}),
      ...(r.AbortIncompleteMultipartUpload ? { AbortIncompleteMultipartUpload: r.AbortIncompleteMultipartUpload } : {}),
    };
  });
  const rules = validateLifecycleRules(wire);
  ctx.store.transaction(() => {
    const bucket = requireBucket(ctx, input.Bucket);
    ctx.table(bucketsTable).put(bucket.name, { ...bucket, lifecycle: { rules, transitionDefaultMinimumObjectSize: 'all_storage_classes_128K' } });
  });
  return {};
}
