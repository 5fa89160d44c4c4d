import type { OperationContext } from '../../define-service.js';
import { invalidArgument, malformedXml } from '../errors.js';
import type { BucketEncryption } from '../model/bucket-configs.js';
import { requireBucket } from '../model/buckets.js';
import { bucketsTable } from '../store.js';

export interface PutBucketEncryptionInput {
  Bucket: string;
  ServerSideEncryptionConfiguration?: {
    Rules?: Array<{ ApplyServerSideEncryptionByDefault?: { SSEAlgorithm?: string; KMSMasterKeyID?: string }; BucketKeyEnabled?: boolean }>;
  };
}

const ALGORITHMS = new Set(['AES256', 'aws:kms', 'aws:kms:dsse']);

/** Sets the default encryption new objects get when a write names none. */
export function putBucketEncryption(input: PutBucketEncryptionInput, ctx: OperationContext): Record<string, never> {
  requireBucket(ctx, input.Bucket);
  const rules = input.ServerSideEncryptionConfiguration?.Rules ?? [];
  if (rules.length !== 1) throw malformedXml();
  const rule = rules[0]!;
  const algorithm = rule.ApplyServerSideEncryptionByDefault?.SSEAlgorithm;
  if (algorithm === undefined || !ALGORITHMS.has(algorithm)) throw malformedXml();
  const keyId = rule.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID;
  if (keyId !== undefined && algorithm === 'AES256') {
    throw invalidArgument('a KMSMasterKeyID is not applicable if the default sse algorithm is not aws:kms or aws:kms:dsse', 'ApplyServerSideEncryptionByDefault', 'null');
  }
  const encryption: BucketEncryption = {
    algorithm: algorithm as BucketEncryption['algorithm'],
    bucketKeyEnabled: rule.BucketKeyEnabled === true,
    ...(keyId !== undefined ? { kmsKeyId: keyId } : {}),
  };
  ctx.store.transaction(() => {
    const bucket = requireBucket(ctx, input.Bucket);
    ctx.table(bucketsTable).put(bucket.name, { ...bucket, encryption });
  });
  return {};
}
