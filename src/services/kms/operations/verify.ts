import type { OperationContext } from '../../define-service.js';
import { invalidSignature, required } from '../errors.js';
import { checkAlgorithm, checkDryRun, keyFor } from '../model/crypto.js';
import { checkMessage, verifyWith } from '../model/signing.js';

export interface VerifyInput {
  KeyId?: string;
  Message?: Uint8Array;
  MessageType?: string;
  Signature?: Uint8Array;
  SigningAlgorithm?: string;
  GrantTokens?: string[];
  DryRun?: boolean;
}

/** A signature that does not verify is KMSInvalidSignatureException, never SignatureValid false. */
export function verifyOperation(input: VerifyInput, ctx: OperationContext) {
  required(input.SigningAlgorithm, 'signingAlgorithm');
  required(input.Signature, 'signature');
  const row = keyFor(ctx, input.KeyId, 'SIGN_VERIFY', 'Verify');
  const algorithm = input.SigningAlgorithm!;
  checkAlgorithm(row, algorithm, 'signing');
  const messageType = input.MessageType ?? 'RAW';
  const message = checkMessage(input.Message, messageType, algorithm);
  checkDryRun(input);
  if (!verifyWith(row, algorithm, messageType, message, Buffer.from(input.Signature!))) throw invalidSignature();
  return { KeyId: row.arn, SignatureValid: true, SigningAlgorithm: algorithm };
}
