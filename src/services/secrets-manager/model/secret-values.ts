import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { isAwsError } from '../../../shared/aws-error.js';
import type { OperationContext } from '../../define-service.js';
import { decryptionFailure, encryptionFailure } from '../errors.js';
import type { StoredValue } from '../store.js';

const DEFAULT_KEY = 'alias/aws/secretsmanager';

function kmsMissing(error: unknown): boolean {
  return isAwsError(error) && error.code === 'NotImplemented';
}

/**
 * Envelope encryption as Secrets Manager does it: a KMS data key per version, bound to the
 * secret ARN and version id through the encryption context, and AES-256-GCM locally. Without a
 * customer key the AWS managed key `aws/secretsmanager` is used (created on first use).
 */
export async function sealValue(ctx: OperationContext, kmsKeyId: string | undefined, arn: string, versionId: string, value: Buffer, binary: boolean): Promise<{ value: StoredValue; keyArn?: string }> {
  let dataKey: { CiphertextBlob: Uint8Array; Plaintext: Uint8Array; KeyId: string };
  try {
    dataKey = await ctx.aws.call('kms', 'GenerateDataKey', { KeyId: kmsKeyId ?? DEFAULT_KEY, KeySpec: 'AES_256', EncryptionContext: { SecretARN: arn, SecretVersionId: versionId } }, ctx);
  } catch (error) {
    if (kmsMissing(error) && kmsKeyId === undefined) return { value: { binary, body: value.toString('base64') } };
    throw encryptionFailure();
  }
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(dataKey.Plaintext), iv);
  const body = Buffer.concat([cipher.update(value), cipher.final()]);
  return {
    value: {
      binary,
      dataKey: Buffer.from(dataKey.CiphertextBlob).toString('base64'),
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      body: body.toString('base64'),
    },
    keyArn: dataKey.KeyId,
  };
}

/** `region`: where the value was sealed, when it is not the caller's (a replica reads its primary's). */
export async function openValue(ctx: OperationContext, arn: string, versionId: string, stored: StoredValue, region = ctx.region): Promise<Buffer> {
  if (stored.dataKey === undefined) return Buffer.from(stored.body, 'base64');
  let plaintext: Uint8Array;
  try {
    const out = await ctx.aws.call<{ Plaintext: Uint8Array }>(
      'kms',
      'Decrypt',
      { CiphertextBlob: Buffer.from(stored.dataKey, 'base64'), EncryptionContext: { SecretARN: arn, SecretVersionId: versionId } },
      { accountId: ctx.accountId, region },
    );
    plaintext = out.Plaintext;
  } catch {
    throw decryptionFailure();
  }
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from(plaintext), Buffer.from(stored.iv!, 'base64'));
  decipher.setAuthTag(Buffer.from(stored.tag!, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(stored.body, 'base64')), decipher.final()]);
}

/** The wire form of a stored value: SecretString or SecretBinary. */
export function valueFields(plain: Buffer, binary: boolean): { SecretString?: string; SecretBinary?: Buffer } {
  return binary ? { SecretBinary: plain } : { SecretString: plain.toString('utf8') };
}
