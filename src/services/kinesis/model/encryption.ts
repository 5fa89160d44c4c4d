import type { OperationContext } from '../../define-service.js';
import { AwsError, isAwsError } from '../../../shared/aws-error.js';
import { Violations } from './violations.js';
import type { StreamAddress } from './stream-lookup.js';

export interface EncryptionInput extends StreamAddress {
  EncryptionType?: string;
  KeyId?: string;
}

/** The AWS managed key every account has for Kinesis. */
export const MANAGED_KEY = 'alias/aws/kinesis';

export function checkEncryptionInput(input: EncryptionInput): { keyId: string } {
  const v = new Violations();
  v.required(input.EncryptionType, 'encryptionType');
  v.oneOf(input.EncryptionType, 'encryptionType', ['NONE', 'KMS']);
  v.required(input.KeyId, 'keyId');
  v.length(input.KeyId, 'keyId', 1, 2048);
  v.throwIfAny();
  if (input.EncryptionType !== 'KMS') throw new AwsError('InvalidArgumentException', `Invalid EncryptionType: ${input.EncryptionType}. Only KMS is supported.`);
  return { keyId: input.KeyId! };
}

/** A customer key must exist in Kumo's KMS; its absence is KMSNotFoundException, as AWS reports it. */
export async function requireKey(ctx: OperationContext, keyId: string): Promise<void> {
  if (keyId === MANAGED_KEY) return;
  try {
    await ctx.aws.call('kms', 'DescribeKey', { KeyId: keyId }, { accountId: ctx.accountId, region: ctx.region });
  } catch (error) {
    if (isAwsError(error)) throw new AwsError('KMSNotFoundException', `Key ${keyId} not found: ${error.message}`);
    throw error;
  }
}
