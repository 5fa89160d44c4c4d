import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';
import { noSuchLifecycleConfiguration, rulePrefix } from '../model/lifecycle-rules.js';

/**
 * The deprecated GetBucketLifecycle: the bucket's lifecycle rules in the 2006 shape (a Prefix per
 * rule, one transition of each kind). A filter's prefix becomes the rule's Prefix; tag and size
 * filters and further transitions have no place in that shape (GetBucketLifecycleConfiguration
 * shows them). Over HTTP, GET ?lifecycle is answered by GetBucketLifecycleConfiguration.
 */
export function getBucketLifecycle(input: { Bucket: string }, ctx: OperationContext): Record<string, unknown> {
  const bucket = requireBucket(ctx, input.Bucket);
  const lifecycle = bucket.lifecycle;
  if (!lifecycle) throw noSuchLifecycleConfiguration(bucket.name);
  const rules = lifecycle.rules.map((rule) => {
    const transition = rule.Transitions?.[0];
    const expiration = rule.Expiration;
    return {
      ...(rule.ID !== undefined ? { ID: rule.ID } : {}),
      Prefix: rulePrefix(rule),
      Status: rule.Status,
      ...(expiration ? { Expiration: { ...expiration, ...(expiration.Date !== undefined ? { Date: new Date(expiration.Date) } : {}) } } : {}),
      ...(transition ? { Transition: { ...transition, ...(transition.Date !== undefined ? { Date: new Date(transition.Date) } : {}) } } : {}),
      ...(rule.NoncurrentVersionTransitions?.[0] ? { NoncurrentVersionTransition: rule.NoncurrentVersionTransitions[0] } : {}),
      ...(rule.NoncurrentVersionExpiration ? { NoncurrentVersionExpiration: rule.NoncurrentVersionExpiration } : {}),
      ...(rule.AbortIncompleteMultipartUpload ? { AbortIncompleteMultipartUpload: rule.AbortIncompleteMultipartUpload } : {}),
    };
  });
  return { Rules: rules };
}
