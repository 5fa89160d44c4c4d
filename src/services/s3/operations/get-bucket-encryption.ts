import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';

/** Every bucket has default encryption since January 2023: SSE-S3 unless set otherwise. */
export function getBucketEncryption(input: { Bucket: string }, ctx: OperationContext): Record<string, unknown> {
  const encryption = requireBucket(ctx, input.Bucket).encryption;
  const byDefault: Record<string, string> = { SSEAlgorithm: encryption?.algorithm ?? 'AES256' };
  if (encryption?.kmsKeyId !== undefined) byDefault.KMSMasterKeyID = encryption.kmsKeyId;
  return { ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: byDefault, BucketKeyEnabled: encryption?.bucketKeyEnabled ?? false }] } };
}
