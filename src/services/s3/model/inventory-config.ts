import { AwsError } from '../../../shared/aws-error.js';
import { malformedXml } from '../errors.js';
import { checkConfigId } from './config-sets.js';

/* PutBucketInventoryConfiguration's configuration, in AWS's wire member names. */

export interface InventoryDestination {
  AccountId?: string;
  Bucket: string;
  Format: 'CSV' | 'ORC' | 'Parquet';
  Prefix?: string;
  Encryption?: { SSES3?: Record<string, never>; SSEKMS?: { KeyId: string } };
}

export interface InventoryConfiguration {
  Id: string;
  IsEnabled: boolean;
  Destination: { S3BucketDestination: InventoryDestination };
  Filter?: { Prefix: string };
  IncludedObjectVersions: 'All' | 'Current';
  OptionalFields?: string[];
  Schedule: { Frequency: 'Daily' | 'Weekly' };
}

export const INVENTORY_OPTIONAL_FIELDS = [
  'Size',
  'LastModifiedDate',
  'StorageClass',
  'ETag',
  'IsMultipartUploaded',
  'ReplicationStatus',
  'EncryptionStatus',
  'ObjectLockRetainUntilDate',
  'ObjectLockMode',
  'ObjectLockLegalHoldStatus',
  'IntelligentTieringAccessTier',
  'BucketKeyStatus',
  'ChecksumAlgorithm',
  'ObjectAccessControlList',
  'ObjectOwner',
] as const;

/** A destination bucket ARN (`arn:aws:s3:::name`): its bucket name, or undefined. */
export function arnBucketName(arn: string): string | undefined {
  return /^arn:aws[a-z-]*:s3:::([^/:]+)$/.exec(arn)?.[1];
}

export function checkBucketArn(arn: unknown): string {
  if (typeof arn !== 'string') throw malformedXml();
  if (arnBucketName(arn) === undefined) throw new AwsError('InvalidArgument', 'Invalid bucket ARN.', { fields: { ArgumentName: 'Bucket', ArgumentValue: arn } });
  return arn;
}

/** Checks a configuration against S3's schema (MalformedXML) and returns it as stored. */
export function validateInventory(config: InventoryConfiguration | undefined): InventoryConfiguration {
  if (!config) throw malformedXml();
  checkConfigId(config.Id);
  if (typeof config.IsEnabled !== 'boolean') throw malformedXml();
  if (config.IncludedObjectVersions !== 'All' && config.IncludedObjectVersions !== 'Current') throw malformedXml();
  if (config.Schedule?.Frequency !== 'Daily' && config.Schedule?.Frequency !== 'Weekly') throw malformedXml();
  const destination = config.Destination?.S3BucketDestination;
  if (!destination) throw malformedXml();
  checkBucketArn(destination.Bucket);
  if (!['CSV', 'ORC', 'Parquet'].includes(destination.Format)) throw malformedXml();
  if (destination.AccountId !== undefined && !/^\d{12}$/.test(destination.AccountId)) throw malformedXml();
  if (destination.Encryption && destination.Encryption.SSES3 !== undefined && destination.Encryption.SSEKMS !== undefined) throw malformedXml();
  if (config.Filter && typeof config.Filter.Prefix !== 'string') throw malformedXml();
  const fields = config.OptionalFields ?? [];
  if (fields.some((f) => !(INVENTORY_OPTIONAL_FIELDS as readonly string[]).includes(f))) throw malformedXml();
  if (new Set(fields).size !== fields.length) throw new AwsError('InvalidArgument', 'Duplicate optional fields are not allowed.');
  return config;
}
