import { createHash } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { AwsError } from '../../../shared/aws-error.js';
import { accessDenied, invalidArgument, invalidRequest } from '../errors.js';
import type { BucketRow, ObjectRow } from '../store.js';

/** SSE-C headers on a read (or, with the CopySource prefix stripped, on a copy's source). */
export interface CustomerKeyInput {
  SSECustomerAlgorithm?: string;
  SSECustomerKey?: string;
  SSECustomerKeyMD5?: string;
}

export interface EncryptionInput extends CustomerKeyInput {
  ServerSideEncryption?: string;
  SSEKMSKeyId?: string;
  SSEKMSEncryptionContext?: string;
  BucketKeyEnabled?: boolean;
}

/** The encryption members a stored object (or a pending upload) carries. */
export type EncryptionFields = Pick<ObjectRow, 'serverSideEncryption' | 'kmsKeyId' | 'bucketKeyEnabled' | 'customerKeyMd5'>;

const SSE_VALUES = new Set(['AES256', 'aws:kms', 'aws:kms:dsse']);
export const DEFAULT_S3_KMS_ALIAS = 'alias/aws/s3';

/**
 * What a write stores: SSE-C (customer key checked, only its MD5 kept), SSE-KMS (a data key
 * from Kumo's KMS, so unknown or disabled keys fail as in S3), or SSE-S3; without headers
 * the bucket's default encryption applies. Bytes are not encrypted at rest: the behaviour
 * clients see is S3's.
 */
export async function resolveWriteEncryption(ctx: OperationContext, bucket: BucketRow, key: string, input: EncryptionInput): Promise<EncryptionFields> {
  const customer = parseCustomerKey(input);
  if (customer !== undefined) {
    if (input.ServerSideEncryption !== undefined) {
      throw invalidArgument('Server Side Encryption with Customer provided key is incompatible with the encryption method specified', 'x-amz-server-side-encryption', input.ServerSideEncryption);
    }
    return { customerKeyMd5: customer };
  }
  let algorithm = input.ServerSideEncryption;
  if (algorithm !== undefined && !SSE_VALUES.has(algorithm)) throw invalidArgument('The encryption method specified is not supported', 'x-amz-server-side-encryption', algorithm);
  if (input.SSEKMSKeyId !== undefined && algorithm !== 'aws:kms' && algorithm !== 'aws:kms:dsse') {
    throw invalidArgument('Server Side Encryption with KMS managed key requires HTTP header x-amz-server-side-encryption : aws:kms', 'x-amz-server-side-encryption-aws-kms-key-id', input.SSEKMSKeyId);
  }
  let keyId = input.SSEKMSKeyId;
  let bucketKey = input.BucketKeyEnabled;
  if (algorithm === undefined) {
    algorithm = bucket.encryption?.algorithm ?? 'AES256';
    keyId = bucket.encryption?.kmsKeyId;
    bucketKey ??= bucket.encryption?.bucketKeyEnabled;
  }
  if (algorithm === 'AES256') return { serverSideEncryption: 'AES256', ...(bucketKey ? { bucketKeyEnabled: true } : {}) };
  const kmsKeyId = await generateDataKey(ctx, bucket, key, keyId ?? DEFAULT_S3_KMS_ALIAS, input.SSEKMSEncryptionContext);
  return { serverSideEncryption: algorithm, kmsKeyId, ...(bucketKey ? { bucketKeyEnabled: true } : {}) };
}

/** Asks KMS for a data key as S3 does, which checks the key exists and is enabled; returns its ARN. */
async function generateDataKey(ctx: OperationContext, bucket: BucketRow, objectKey: string, keyId: string, context: string | undefined): Promise<string> {
  const arn = /^arn:aws[\w-]*:kms:([^:]+):(\d{12}):/.exec(keyId);
  const scope = { accountId: arn?.[2] ?? ctx.accountId, region: arn?.[1] ?? bucket.region };
  let encryptionContext: Record<string, string> = { 'aws:s3:arn': `arn:aws:s3:::${bucket.name}/${objectKey}` };
  if (context !== undefined) {
    try {
      encryptionContext = JSON.parse(Buffer.from(context, 'base64').toString('utf8')) as Record<string, string>;
    } catch {
      throw invalidArgument('The header \'x-amz-server-side-encryption-context\' is not a valid base64 encoded JSON object.', 'x-amz-server-side-encryption-context', context);
    }
  }
  try {
    const out = await ctx.aws.call<{ KeyId?: string }>('kms', 'GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: encryptionContext }, scope);
    return out.KeyId ?? keyId;
  } catch (error) {
    if (!(error instanceof AwsError)) throw error;
    // A Kumo without KMS: keep the key S3 would name, so clients still see SSE-KMS headers.
    if (error.code === 'NotImplemented') return arn ? keyId : `arn:aws:kms:${scope.region}:${scope.accountId}:${keyId.startsWith('alias/') ? keyId : `key/${keyId}`}`;
    // S3 passes KMS's refusal on with the KMS. prefix (KMS.NotFoundException, KMS.DisabledException).
    throw new AwsError(`KMS.${error.code}`, error.message, { status: 400 });
  }
}

/** SSE-C headers checked as S3 checks them; returns the key's MD5, or undefined when none was sent. */
export function parseCustomerKey(input: CustomerKeyInput): string | undefined {
  const { SSECustomerAlgorithm: algorithm, SSECustomerKey: key, SSECustomerKeyMD5: md5 } = input;
  if (algorithm === undefined && key === undefined && md5 === undefined) return undefined;
  if (algorithm === undefined) throw invalidArgument('Requests specifying Server Side Encryption with Customer provided keys must provide a valid encryption algorithm.', 'x-amz-server-side-encryption', 'null');
  if (algorithm !== 'AES256') {
    throw new AwsError('InvalidEncryptionAlgorithmError', 'The Encryption request you specified is not valid. Supported value: AES256.', {
      fields: { ArgumentName: 'x-amz-server-side-encryption', ArgumentValue: algorithm },
    });
  }
  if (key === undefined) throw invalidArgument('Requests specifying Server Side Encryption with Customer provided keys must provide an appropriate secret key.', 'x-amz-server-side-encryption', 'null');
  const raw = Buffer.from(key, 'base64');
  if (raw.length !== 32) throw invalidArgument('The secret key was invalid for the specified algorithm.', 'x-amz-server-side-encryption', 'null');
  const actual = createHash('md5').update(raw).digest('base64');
  if (md5 !== undefined && md5 !== actual) throw invalidArgument('The calculated MD5 hash of the key did not match the hash that was provided.', 'x-amz-server-side-encryption', 'null');
  return actual;
}

/** A read of an SSE-C object needs the same key; a read of any other object must not send one. */
export function checkCustomerKey(row: ObjectRow, input: CustomerKeyInput): void {
  const sent = parseCustomerKey(input);
  if (row.customerKeyMd5 === undefined) {
    if (sent !== undefined) throw invalidRequest('The encryption parameters are not applicable to this object.');
    return;
  }
  if (sent === undefined) throw invalidRequest('The object was stored using a form of Server Side Encryption. The correct parameters must be provided to retrieve the object.');
  if (sent !== row.customerKeyMd5) throw accessDenied();
}

/** The encryption headers GET, HEAD and writes answer with. */
export function encryptionHeaders(row: EncryptionFields): Record<string, unknown> {
  if (row.customerKeyMd5 !== undefined) return { SSECustomerAlgorithm: 'AES256', SSECustomerKeyMD5: row.customerKeyMd5 };
  const out: Record<string, unknown> = { ServerSideEncryption: row.serverSideEncryption ?? 'AES256' };
  if (row.kmsKeyId !== undefined) out.SSEKMSKeyId = row.kmsKeyId;
  if (row.bucketKeyEnabled) out.BucketKeyEnabled = true;
  return out;
}
