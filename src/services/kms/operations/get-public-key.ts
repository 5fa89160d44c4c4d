import type { OperationContext } from '../../define-service.js';
import { unsupported } from '../errors.js';
import { KEY_SPECS } from '../model/key-specs.js';
import { requireEnabled, resolveKey } from '../model/resolve-key.js';

export function getPublicKey(input: { KeyId?: string; GrantTokens?: string[] }, ctx: OperationContext) {
  const row = requireEnabled(resolveKey(ctx, input.KeyId));
  if (!row.publicKey) throw unsupported(`${row.arn} key spec is ${row.keySpec}; GetPublicKey works only on asymmetric KMS keys.`);
  const spec = KEY_SPECS[row.keySpec];
  return {
    KeyId: row.arn,
    PublicKey: Buffer.from(row.publicKey, 'base64'),
    CustomerMasterKeySpec: row.keySpec,
    KeySpec: row.keySpec,
    KeyUsage: row.keyUsage,
    ...(row.keyUsage === 'ENCRYPT_DECRYPT' ? { EncryptionAlgorithms: spec.encryption } : {}),
    ...(row.keyUsage === 'SIGN_VERIFY' ? { SigningAlgorithms: spec.signing } : {}),
  };
}
