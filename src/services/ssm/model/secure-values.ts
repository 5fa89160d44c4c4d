import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { isAwsError } from '../../../shared/aws-error.js';
import type { OperationContext } from '../../define-service.js';
import { ssmError } from '../errors.js';
import type { ParameterVersion } from '../store.js';

export const DEFAULT_KEY = 'alias/aws/ssm';
const DIRECT_LIMIT = 4096;

function failure(error: unknown) {
  return ssmError('InvalidKeyId', isAwsError(error) ? error.message : 'The KMS key could not be used.');
}

/**
 * Encrypts a SecureString as Parameter Store does: `kms:Encrypt` with the encryption context
 * `{PARAMETER_ARN: <arn>}` (so the stored ciphertext decrypts with KMS directly), or, for
 * advanced values over 4 KB, a data key and AES-256-GCM.
 */
export async function sealSecure(ctx: OperationContext, keyId: string, arn: string, value: string): Promise<Pick<ParameterVersion, 'value' | 'plain' | 'envelope'>> {
  const data = Buffer.from(value, 'utf8');
  const context = { PARAMETER_ARN: arn };
  try {
    if (data.length <= DIRECT_LIMIT) {
      const out = await ctx.aws.call<{ CiphertextBlob: Uint8Array }>('kms', 'Encrypt', { KeyId: keyId, Plaintext: data, EncryptionContext: context }, ctx);
      return { value: Buffer.from(out.CiphertextBlob).toString('base64') };
    }
    const key = await ctx.aws.call<{ CiphertextBlob: Uint8Array; Plaintext: Uint8Array }>('kms', 'GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: context }, ctx);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', Buffer.from(key.Plaintext), iv);
    const body = Buffer.concat([cipher.update(data), cipher.final()]);
    return {
      value: body.toString('base64'),
      envelope: { dataKey: Buffer.from(key.CiphertextBlob).toString('base64'), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') },
    };
  } catch (error) {
    if (isAwsError(error) && error.code === 'NotImplemented' && keyId === DEFAULT_KEY) return { value, plain: true };
    throw failure(error);
  }
}

export async function openSecure(ctx: OperationContext, arn: string, version: ParameterVersion): Promise<string> {
  if (version.plain) return version.value;
  const context = { PARAMETER_ARN: arn };
  try {
    if (!version.envelope) {
      const out = await ctx.aws.call<{ Plaintext: Uint8Array }>('kms', 'Decrypt', { CiphertextBlob: Buffer.from(version.value, 'base64'), EncryptionContext: context }, ctx);
      return Buffer.from(out.Plaintext).toString('utf8');
    }
    const key = await ctx.aws.call<{ Plaintext: Uint8Array }>('kms', 'Decrypt', { CiphertextBlob: Buffer.from(version.envelope.dataKey, 'base64'), EncryptionContext: context }, ctx);
    const decipher = createDecipheriv('aes-256-gcm', Buffer.from(key.Plaintext), Buffer.from(version.envelope.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(version.envelope.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(version.value, 'base64')), decipher.final()]).toString('utf8');
  } catch (error) {
    throw failure(error);
  }
}
