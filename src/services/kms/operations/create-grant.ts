import { createHash, randomBytes } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { constraint, required, validation } from '../errors.js';
import { checkDryRun } from '../model/crypto.js';
import { requireEnabled, resolveKey } from '../model/resolve-key.js';
import { grantsTable, type GrantRow } from '../store.js';

export const GRANT_OPERATIONS = [
  'Decrypt', 'Encrypt', 'GenerateDataKey', 'GenerateDataKeyWithoutPlaintext', 'ReEncryptFrom', 'ReEncryptTo', 'Sign', 'Verify',
  'GetPublicKey', 'CreateGrant', 'RetireGrant', 'DescribeKey', 'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext',
  'GenerateMac', 'VerifyMac', 'DeriveSharedSecret',
];

export interface CreateGrantInput {
  KeyId?: string;
  GranteePrincipal?: string;
  RetiringPrincipal?: string;
  Operations?: string[];
  Constraints?: GrantRow['constraints'];
  GrantTokens?: string[];
  Name?: string;
  DryRun?: boolean;
}

export function createGrant(input: CreateGrantInput, ctx: OperationContext) {
  const row = requireEnabled(resolveKey(ctx, input.KeyId, { allowAlias: false }));
  required(input.GranteePrincipal, 'granteePrincipal');
  required(input.Operations, 'operations');
  for (const op of input.Operations!) {
    if (!GRANT_OPERATIONS.includes(op)) throw constraint(`[${input.Operations!.join(', ')}]`, 'operations', `Member must satisfy constraint: [Member must satisfy enum value set: [${GRANT_OPERATIONS.join(', ')}]]`);
  }
  const c = input.Constraints;
  if (c?.EncryptionContextEquals && c.EncryptionContextSubset) throw validation('You can specify only one type of encryption context constraint in a grant.');
  checkDryRun(input);
  const grants = ctx.table(grantsTable);
  // A retried CreateGrant with the same name and parameters returns the same grant.
  if (input.Name !== undefined) {
    const same = grants.list({ prefix: `${row.keyId}/` }).find(({ value }) =>
      value.name === input.Name && value.granteePrincipal === input.GranteePrincipal && JSON.stringify(value.operations) === JSON.stringify(input.Operations));
    if (same) return { GrantToken: same.value.token, GrantId: same.value.grantId };
  }
  const grantId = createHash('sha256').update(randomBytes(32)).digest('hex');
  const token = randomBytes(96).toString('base64url');
  const grant: GrantRow = {
    grantId,
    keyId: row.keyId,
    creationMs: ctx.clock.now(),
    granteePrincipal: input.GranteePrincipal!,
    issuingAccount: `arn:aws:iam::${ctx.accountId}:root`,
    operations: input.Operations!,
    token,
    ...(input.Name !== undefined ? { name: input.Name } : {}),
    ...(input.RetiringPrincipal !== undefined ? { retiringPrincipal: input.RetiringPrincipal } : {}),
    ...(c !== undefined ? { constraints: c } : {}),
  };
  grants.put(`${row.keyId}/${grantId}`, grant);
  return { GrantToken: token, GrantId: grantId };
}
