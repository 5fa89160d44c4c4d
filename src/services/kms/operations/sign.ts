import type { OperationContext } from '../../define-service.js';
import { required } from '../errors.js';
import { checkAlgorithm, checkDryRun, keyFor } from '../model/crypto.js';
import { keyMaterial } from '../model/resolve-key.js';
import { checkMessage, signWith } from '../model/signing.js';

export interface SignInput {
  KeyId?: string;
  Message?: Uint8Array;
  MessageType?: string;
  SigningAlgorithm?: string;
  GrantTokens?: string[];
  DryRun?: boolean;
}

export function signOperation(input: SignInput, ctx: OperationContext) {
  required(input.SigningAlgorithm, 'signingAlgorithm');
  const row = keyFor(ctx, input.KeyId, 'SIGN_VERIFY', 'Sign');
  const algorithm = input.SigningAlgorithm!;
  checkAlgorithm(row, algorithm, 'signing');
  const messageType = input.MessageType ?? 'RAW';
  const message = checkMessage(input.Message, messageType, algorithm);
  const signature = signWith(row, keyMaterial(ctx, row), algorithm, messageType, message);
  checkDryRun(input);
  return { KeyId: row.arn, Signature: signature, SigningAlgorithm: algorithm };
}
