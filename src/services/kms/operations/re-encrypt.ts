import type { OperationContext } from '../../define-service.js';
import { required } from '../errors.js';
import type { EncryptionContext } from '../model/ciphertext.js';
import { checkDryRun, decryptBlob, encryptWith, keyFor } from '../model/crypto.js';

export interface ReEncryptInput {
  CiphertextBlob?: Uint8Array;
  SourceEncryptionContext?: EncryptionContext;
  SourceKeyId?: string;
  DestinationKeyId?: string;
  DestinationEncryptionContext?: EncryptionContext;
  SourceEncryptionAlgorithm?: string;
  DestinationEncryptionAlgorithm?: string;
  GrantTokens?: string[];
  DryRun?: boolean;
}

/** Decrypts and encrypts again inside KMS: the plaintext never leaves it. */
export function reEncrypt(input: ReEncryptInput, ctx: OperationContext) {
  required(input.DestinationKeyId, 'destinationKeyId');
  const source = decryptBlob(ctx, input.CiphertextBlob, input.SourceKeyId, input.SourceEncryptionContext, input.SourceEncryptionAlgorithm);
  const destination = keyFor(ctx, input.DestinationKeyId, 'ENCRYPT_DECRYPT', 'ReEncrypt');
  const algorithm = input.DestinationEncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT';
  const blob = encryptWith(ctx, destination, source.plaintext, input.DestinationEncryptionContext, algorithm);
  checkDryRun(input);
  return {
    CiphertextBlob: blob,
    SourceKeyId: source.row.arn,
    KeyId: destination.arn,
    SourceEncryptionAlgorithm: source.algorithm,
    DestinationEncryptionAlgorithm: algorithm,
  };
}
