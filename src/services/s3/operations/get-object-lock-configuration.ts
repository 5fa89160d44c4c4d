import type { OperationContext } from '../../define-service.js';
import { AwsError } from '../../../shared/aws-error.js';
import { requireBucket } from '../model/buckets.js';

export function getObjectLockConfiguration(input: { Bucket: string }, ctx: OperationContext): Record<string, unknown> {
  const bucket = requireBucket(ctx, input.Bucket);
  if (!bucket.objectLockEnabled) {
    throw new AwsError('ObjectLockConfigurationNotFoundError', 'Object Lock configuration does not exist for this bucket', { status: 404, fields: { BucketName: bucket.name } });
  }
  const rule = bucket.objectLockRule;
  return {
    ObjectLockConfiguration: {
      ObjectLockEnabled: 'Enabled',
      ...(rule ? { Rule: { DefaultRetention: { Mode: rule.mode, ...(rule.days !== undefined ? { Days: rule.days } : { Years: rule.years }) } } } : {}),
    },
  };
}
