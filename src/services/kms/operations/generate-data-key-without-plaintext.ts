import { randomBytes } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { checkDryRun, encryptWith, keyFor } from '../model/crypto.js';
import { dataKeyLength, type GenerateDataKeyInput } from './generate-data-key.js';

export function generateDataKeyWithoutPlaintext(input: GenerateDataKeyInput, ctx: OperationContext) {
  const length = dataKeyLength(input);
  const row = keyFor(ctx, input.KeyId, 'ENCRYPT_DECRYPT', 'GenerateDataKeyWithoutPlaintext');
  const blob = encryptWith(ctx, row, randomBytes(length), input.EncryptionContext);
  checkDryRun(input);
  return { CiphertextBlob: blob, KeyId: row.arn };
}
