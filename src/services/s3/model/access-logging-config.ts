import { AwsError } from '../../../shared/aws-error.js';
import { malformedXml } from '../errors.js';
import type { BucketRow } from '../store.js';
import type { Grant } from './access-configs.js';

/* PutBucketLogging's LoggingEnabled, kept on the bucket row in AWS's wire member names. */

export interface LoggingEnabled {
  TargetBucket: string;
  TargetPrefix: string;
  TargetGrants?: Grant[];
  TargetObjectKeyFormat?: { SimplePrefix?: Record<string, never>; PartitionedPrefix?: { PartitionDateSource?: string } };
}

const PERMISSIONS = new Set(['FULL_CONTROL', 'READ', 'WRITE']);

/**
 * Checks LoggingEnabled as S3 does: the target bucket exists, is the source's account's and in
 * its region, and takes no ACL grants when its ownership is BucketOwnerEnforced.
 */
export function validateLogging(source: BucketRow, logging: LoggingEnabled, target: BucketRow | undefined): LoggingEnabled {
  if (typeof logging.TargetBucket !== 'string' || typeof logging.TargetPrefix !== 'string') throw malformedXml();
  if (!target) {
    throw new AwsError('InvalidTargetBucketForLogging', 'The target bucket for logging does not exist', { fields: { TargetBucket: logging.TargetBucket } });
  }
  if (target.accountId !== source.accountId) {
    throw new AwsError('InvalidTargetBucketForLogging', 'The owner for the bucket to be logged and the target bucket must be the same.', { fields: { TargetBucket: logging.TargetBucket } });
  }
  if (target.region !== source.region) {
    throw new AwsError('CrossLocationLoggingProhibitted', 'Cross S3 location logging not allowed. ', {
      status: 403,
      fields: { TargetBucketLocation: target.region, SourceBucketLocation: source.region },
    });
  }
  const format = logging.TargetObjectKeyFormat;
  if (format && format.SimplePrefix !== undefined && format.PartitionedPrefix !== undefined) throw malformedXml();
  const source_ = format?.PartitionedPrefix?.PartitionDateSource;
  if (source_ !== undefined && source_ !== 'EventTime' && source_ !== 'DeliveryTime') throw malformedXml();
  const grants = logging.TargetGrants ?? [];
  for (const grant of grants) {
    if (!PERMISSIONS.has(grant.Permission)) throw malformedXml();
  }
  if (grants.length > 0 && (target.objectOwnership ?? 'BucketOwnerEnforced') === 'BucketOwnerEnforced') {
    throw new AwsError('AccessControlListNotSupported', 'Target grants not allowed for bucket owner enforced buckets');
  }
  const { TargetGrants: _grants, ...rest } = logging;
  return grants.length > 0 ? { ...rest, TargetGrants: grants } : rest;
}
