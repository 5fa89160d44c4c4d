import { generateKeyPairSync } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { constraint, required, unsupported } from '../errors.js';
import type { EncryptionContext } from '../model/ciphertext.js';
import { checkDryRun, encryptWith, keyFor } from '../model/crypto.js';
import { KEY_PAIR_SPECS, KEY_SPECS } from '../model/key-specs.js';

export interface GenerateDataKeyPairInput {
  KeyId?: string;
  KeyPairSpec?: string;
  EncryptionContext?: EncryptionContext;
  GrantTokens?: string[];
  DryRun?: boolean;
}

/** A fresh key pair whose PKCS#8 private key is encrypted under a symmetric KMS key. */
export function makeDataKeyPair(input: GenerateDataKeyPairInput, ctx: OperationContext, operation: string) {
  required(input.KeyPairSpec, 'keyPairSpec');
  const spec = input.KeyPairSpec!;
  if (!KEY_PAIR_SPECS.includes(spec)) throw constraint(spec, 'keyPairSpec', `Member must satisfy enum value set: [${KEY_PAIR_SPECS.join(', ')}]`);
  const row = keyFor(ctx, input.KeyId, 'ENCRYPT_DECRYPT', operation);
  if (row.keySpec !== 'SYMMETRIC_DEFAULT') throw unsupported(`${row.arn} key spec is ${row.keySpec}; ${operation} needs a symmetric encryption KMS key.`);
  const info = KEY_SPECS[spec];
  const pair = info.rsaBits
    ? generateKeyPairSync('rsa', { modulusLength: info.rsaBits, publicExponent: 65537 })
    : generateKeyPairSync('ec', { namedCurve: info.curve! });
  const privateDer = pair.privateKey.export({ format: 'der', type: 'pkcs8' });
  const publicDer = pair.publicKey.export({ format: 'der', type: 'spki' });
  const blob = encryptWith(ctx, row, privateDer, input.EncryptionContext);
  checkDryRun(input);
  return { row, spec, privateDer, publicDer, blob };
}

export function generateDataKeyPair(input: GenerateDataKeyPairInput, ctx: OperationContext) {
  const made = makeDataKeyPair(input, ctx, 'GenerateDataKeyPair');
  return {
    PrivateKeyCiphertextBlob: made.blob,
    PrivateKeyPlaintext: made.privateDer,
    PublicKey: made.publicDer,
    KeyId: made.row.arn,
    KeyPairSpec: made.spec,
  };
}
