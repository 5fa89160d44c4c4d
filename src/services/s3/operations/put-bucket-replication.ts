import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';
import { validateReplication, type ReplicationConfiguration } from '../model/replication-config.js';
import { updateBucket } from '../model/update-bucket.js';
import { bucketsTable } from '../store.js';

export interface PutBucketReplicationInput {
  Bucket: string;
  ReplicationConfiguration?: ReplicationConfiguration;
  Token?: string;
}

/**
 * Replaces the bucket's replication rules. From then on new versions that a rule covers are
 * copied to its destination (model/replication-run.ts); existing objects are not (S3 needs
 * Batch Replication for those), so ExistingObjectReplication is recorded only.
 */
export function putBucketReplication(input: PutBucketReplicationInput, ctx: OperationContext): Record<string, never> {
  requireBucket(ctx, input.Bucket);
  updateBucket(ctx, input.Bucket, (bucket) => ({
    ...bucket,
    replication: validateReplication(bucket, input.ReplicationConfiguration, (name) => ctx.table(bucketsTable).get(name)),
  }));
  return {};
}
