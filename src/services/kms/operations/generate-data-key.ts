import { randomBytes } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { constraint, validation } from '../errors.js';
import type { EncryptionContext } from '../model/ciphertext.js';
import { checkDryRun, encryptWith, keyFor } from '../model/crypto.js';

export interface GenerateDataKeyInput {
  KeyId?: string;
  EncryptionContext?: EncryptionContext;
  NumberOfBytes?: number;
  KeySpec?: string;
  GrantTokens?: string[];
  DryRun?: boolean;
}

/** How many bytes of data key: from KeySpec (AES_128/AES_256) or NumberOfBytes, exactly one. */
export function dataKeyLength(input: GenerateDataKeyInput): number {
  if (input.KeySpec === undefined && input.NumberOfBytes === undefined) throw validation('Please specify either number of bytes or key spec.');
  if (input.KeySpec !== undefined && input.NumberOfBytes !== undefined) throw validation('Please specify either number of bytes or key spec.');
  if (input.KeySpec !== undefined) {
    if (input.KeySpec === 'AES_256') return 32;
    if (input.KeySpec === 'AES_128') return 16;
    throw constraint(input.KeySpec, 'keySpec', 'Member must satisfy enum value set: [AES_256, AES_128]');
  }
  const n = input.NumberOfBytes!;
  if (n < 1) throw constraint(n, 'numberOfBytes', 'Member must have value greater than or equal to 1');
  if (n > 1024) throw constraint(n, 'numberOfBytes', 'Member must have value less than or equal to 1024');
  return n;
}

export function generateDataKey(input: GenerateDataKeyInput, ctx: OperationContext) {
  const length = dataKeyLength(input);
  const row = keyFor(ctx, input.KeyId, 'ENCRYPT_DECRYPT', 'GenerateDataKey');
  const plaintext = randomBytes(length);
  const blob = encryptWith(ctx, row, plaintext, input.EncryptionContext);
  checkDryRun(input);
  return { CiphertextBlob: blob, Plaintext: plaintext, KeyId: row.arn };
}
