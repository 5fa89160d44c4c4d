import type { OperationContext } from '../../define-service.js';
import type { EncryptionContext } from '../model/ciphertext.js';
import { checkDryRun, decryptBlob } from '../model/crypto.js';

export interface DecryptInput {
  CiphertextBlob?: Uint8Array;
  EncryptionContext?: EncryptionContext;
  KeyId?: string;
  EncryptionAlgorithm?: string;
  GrantTokens?: string[];
  DryRun?: boolean;
}

export function decrypt(input: DecryptInput, ctx: OperationContext) {
  const { row, plaintext, algorithm } = decryptBlob(ctx, input.CiphertextBlob, input.KeyId, input.EncryptionContext, input.EncryptionAlgorithm);
  checkDryRun(input);
  return { KeyId: row.arn, Plaintext: plaintext, EncryptionAlgorithm: algorithm };
}
