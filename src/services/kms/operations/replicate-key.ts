import type { OperationContext } from '../../define-service.js';
import { alreadyExists, constraint, malformedPolicy, required, unsupported, validation } from '../errors.js';
import { keyMetadata } from '../model/key-metadata.js';
import { defaultKeyPolicy, policyProblem } from '../model/key-policy.js';
import { keyArn } from '../model/new-key.js';
import { resolveKey } from '../model/resolve-key.js';
import { mergeTags } from '../model/tags.js';
import { keysTable, type KeyRow, type Tag } from '../store.js';

export interface ReplicateKeyInput {
  KeyId?: string;
  ReplicaRegion?: string;
  Policy?: string;
  Description?: string;
  Tags?: Tag[];
  BypassPolicyLockoutSafetyCheck?: boolean;
}

/** A replica shares the primary's key id and material, so either decrypts the other's ciphertexts. */
export function replicateKey(input: ReplicateKeyInput, ctx: OperationContext) {
  const primary = resolveKey(ctx, input.KeyId);
  required(input.ReplicaRegion, 'replicaRegion');
  const region = input.ReplicaRegion!;
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) throw constraint(region, 'replicaRegion', 'Member must satisfy regular expression pattern: ^([a-z]+-){2,3}\\d+$');
  if (!primary.multiRegion) throw unsupported(`${primary.arn} is not a multi-Region key.`);
  if (primary.primaryRegion !== primary.region) throw unsupported(`${primary.arn} is not a multi-Region primary key.`);
  if (region === primary.region) throw validation(`The replica must be in a different Region than its primary key.`);
  const scope = { accountId: primary.accountId, region };
  if (ctx.store.table(keysTable, scope).has(primary.keyId)) throw alreadyExists(`Replica key ${keyArn(region, primary.accountId, primary.keyId)} already exists`);
  if (input.Policy !== undefined) {
    const problem = policyProblem(input.Policy);
    if (problem) throw malformedPolicy(problem);
  }
  const replicaRegions = [...(primary.replicaRegions ?? []), region];
  const replica: KeyRow = {
    ...primary,
    arn: keyArn(region, primary.accountId, primary.keyId),
    region,
    creationMs: ctx.clock.now(),
    description: input.Description ?? primary.description,
    policy: input.Policy ?? defaultKeyPolicy(primary.accountId),
    tags: mergeTags([], input.Tags),
    state: 'Enabled',
    replicaRegions,
  };
  ctx.store.transaction(() => {
    ctx.store.table(keysTable, scope).put(primary.keyId, replica);
    for (const r of [primary.region, ...(primary.replicaRegions ?? [])]) {
      const table = ctx.store.table(keysTable, { accountId: primary.accountId, region: r });
      const row = table.get(primary.keyId);
      if (row) table.put(primary.keyId, { ...row, replicaRegions });
    }
  });
  return { ReplicaKeyMetadata: keyMetadata(replica), ReplicaPolicy: replica.policy, ReplicaTags: replica.tags };
}
