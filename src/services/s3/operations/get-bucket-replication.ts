import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';
import { replicationNotFound, type ReplicationConfiguration } from '../model/replication-config.js';

export function getBucketReplication(input: { Bucket: string }, ctx: OperationContext): { ReplicationConfiguration: ReplicationConfiguration } {
  const bucket = requireBucket(ctx, input.Bucket);
  if (!bucket.replication) throw replicationNotFound(bucket.name);
  return { ReplicationConfiguration: bucket.replication };
}
