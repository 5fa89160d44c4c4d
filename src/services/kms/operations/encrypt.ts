import type { OperationContext } from '../../define-service.js';
import type { EncryptionContext } from '../model/ciphertext.js';
import { checkDryRun, checkPlaintext, encryptWith, keyFor } from '../model/crypto.js';

export interface EncryptInput {
  KeyId?: string;
  Plaintext?: Uint8Array;
  EncryptionContext?: EncryptionContext;
  EncryptionAlgorithm?: string;
  GrantTokens?: string[];
  DryRun?: boolean;
}

export function encrypt(input: EncryptInput, ctx: OperationContext) {
  const plaintext = checkPlaintext(input.Plaintext);
  const row = keyFor(ctx, input.KeyId, 'ENCRYPT_DECRYPT', 'Encrypt');
  const algorithm = input.EncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT';
  const blob = encryptWith(ctx, row, plaintext, input.EncryptionContext, algorithm);
  checkDryRun(input);
  return { CiphertextBlob: blob, KeyId: row.arn, EncryptionAlgorithm: algorithm };
}
