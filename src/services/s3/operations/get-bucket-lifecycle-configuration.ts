import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';
import { noSuchLifecycleConfiguration } from '../model/lifecycle-rules.js';

/** The rules as stored, dates back to timestamps. */
export function getBucketLifecycleConfiguration(input: { Bucket: string }, ctx: OperationContext): Record<string, unknown> {
  const bucket = requireBucket(ctx, input.Bucket);
  const lifecycle = bucket.lifecycle;
  if (!lifecycle) throw noSuchLifecycleConfiguration(bucket.name);
  const rules = lifecycle.rules.map((rule) => ({
    ...rule,
    ...(rule.Expiration ? { Expiration: { ...rule.Expiration, ...(rule.Expiration.Date !== undefined ? { Date: new Date(rule.Expiration.Date) } : {}) } } : {}),
    ...(rule.Transitions ? { Transitions: rule.Transitions.map((t) => ({ ...t, ...(t.Date !== undefined ? { Date: new Date(t.Date) } : {}) })) } : {}),
  }));
  return { Rules: rules, TransitionDefaultMinimumObjectSize: lifecycle.transitionDefaultMinimumObjectSize };
}
