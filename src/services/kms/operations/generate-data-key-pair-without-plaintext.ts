import type { OperationContext } from '../../define-service.js';
import { makeDataKeyPair, type GenerateDataKeyPairInput } from './generate-data-key-pair.js';

export function generateDataKeyPairWithoutPlaintext(input: GenerateDataKeyPairInput, ctx: OperationContext) {
  const made = makeDataKeyPair(input, ctx, 'GenerateDataKeyPairWithoutPlaintext');
  return { PrivateKeyCiphertextBlob: made.blob, PublicKey: made.publicDer, KeyId: made.row.arn, KeyPairSpec: made.spec };
}
