import type { OperationContext } from '../../define-service.js';
import { constraint, malformedPolicy, unsupported, validation } from '../errors.js';
import { keyMetadata } from '../model/key-metadata.js';
import { policyProblem } from '../model/key-policy.js';
import { KEY_SPECS } from '../model/key-specs.js';
import { createKeyRow } from '../model/new-key.js';
import { mergeTags } from '../model/tags.js';
import type { Tag } from '../store.js';

export interface CreateKeyInput {
  Policy?: string;
  Description?: string;
  KeyUsage?: string;
  CustomerMasterKeySpec?: string;
  KeySpec?: string;
  Origin?: string;
  Tags?: Tag[];
  MultiRegion?: boolean;
  BypassPolicyLockoutSafetyCheck?: boolean;
}

export function createKey(input: CreateKeyInput, ctx: OperationContext): { KeyMetadata: Record<string, unknown> } {
  if (input.KeySpec !== undefined && input.CustomerMasterKeySpec !== undefined) {
    throw validation('You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec is deprecated.');
  }
  const keySpec = input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
  const spec = KEY_SPECS[keySpec];
  if (!spec) throw constraint(keySpec, 'keySpec', `Member must satisfy enum value set: [${Object.keys(KEY_SPECS).join(', ')}]`);
  const keyUsage = input.KeyUsage ?? 'ENCRYPT_DECRYPT';
  if (!['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT'].includes(keyUsage)) {
    throw constraint(keyUsage, 'keyUsage', 'Member must satisfy enum value set: [ENCRYPT_DECRYPT, SIGN_VERIFY, GENERATE_VERIFY_MAC, KEY_AGREEMENT]');
  }
  if (!spec.usages.includes(keyUsage as never)) throw validation(`KeyUsage ${keyUsage} is not compatible with KeySpec ${keySpec}`);
  const origin = input.Origin ?? 'AWS_KMS';
  if (origin !== 'AWS_KMS') throw unsupported(`Kumo creates keys with Origin AWS_KMS only, not ${origin}.`);
  if ((input.Description ?? '').length > 8192) throw constraint(input.Description, 'description', 'Member must have length less than or equal to 8192');
  if (input.Policy !== undefined) {
    const problem = policyProblem(input.Policy);
    if (problem) throw malformedPolicy(problem);
  }
  const tags = mergeTags([], input.Tags);
  const row = ctx.store.transaction(() =>
    createKeyRow(ctx, { keySpec, keyUsage, description: input.Description, policy: input.Policy, tags, multiRegion: input.MultiRegion }),
  );
  return { KeyMetadata: keyMetadata(row) };
}
