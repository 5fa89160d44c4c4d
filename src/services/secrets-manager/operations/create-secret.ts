import { randomBytes } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { exists, invalidRequest, required, validation } from '../errors.js';
import { addReplicas, type ReplicaRegionType } from '../model/replication.js';
import { replicationStatus } from '../model/secret-output.js';
import { checkTags } from '../model/tags.js';
import { addVersion, checkToken, valueOf } from '../model/versions.js';
import { secretsTable, type SecretRow, type SecretTag } from '../store.js';

export interface CreateSecretInput {
  Name?: string;
  ClientRequestToken?: string;
  Description?: string;
  KmsKeyId?: string;
  SecretBinary?: Uint8Array;
  SecretString?: string;
  Tags?: SecretTag[];
  AddReplicaRegions?: ReplicaRegionType[];
  ForceOverwriteReplicaSecret?: boolean;
}

const SUFFIX_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** The six random characters AWS appends to a secret's ARN, so a re-created name gets a new ARN. */
function arnSuffix(): string {
  return [...randomBytes(6)].map((b) => SUFFIX_CHARS[b % SUFFIX_CHARS.length]).join('');
}

export async function createSecret(input: CreateSecretInput, ctx: OperationContext) {
  required(input.Name, 'name');
  const name = input.Name!;
  if (name.length < 1 || name.length > 512) throw validation(name, 'name', 'Member must have length between 1 and 512');
  if (!/^[A-Za-z0-9/_+=.@-]+$/.test(name)) {
    throw validation(name, 'name', 'Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!');
  }
  if ((input.Description ?? '').length > 2048) throw validation(input.Description, 'description', 'Member must have length less than or equal to 2048');
  const tags = checkTags([], input.Tags);
  const value = valueOf(input);
  const versionId = checkToken(input.ClientRequestToken);
  const table = ctx.table(secretsTable);
  const existing = table.get(name);
  if (existing) {
    if (existing.deletedMs !== undefined) throw invalidRequest("You can't create this secret because a secret with this name is already scheduled for deletion.");
    // A retried CreateSecret (same token and value) answers as the first one did.
    if (value && existing.versions[versionId]) {
      await addVersion(ctx, existing, versionId, value);
      return { ARN: existing.arn, Name: name, VersionId: versionId };
    }
    throw exists(`The operation failed because the secret ${name} already exists.`);
  }
  const now = ctx.clock.now();
  const row: SecretRow = {
    name,
    arn: `arn:aws:secretsmanager:${ctx.region}:${ctx.accountId}:secret:${name}-${arnSuffix()}`,
    createdMs: now,
    lastChangedMs: now,
    tags,
    versions: {},
    ...(input.Description !== undefined ? { description: input.Description } : {}),
    ...(input.KmsKeyId !== undefined ? { kmsKeyId: input.KmsKeyId } : {}),
  };
  let stored = row;
  if (!value) table.put(name, row);
  else stored = await addVersion(ctx, row, versionId, value);
  const out = { ARN: row.arn, Name: name, ...(value ? { VersionId: versionId } : {}) };
  if (!input.AddReplicaRegions?.length) return out;
  stored.replicas = await addReplicas(ctx, stored, input.AddReplicaRegions, input.ForceOverwriteReplicaSecret ?? false);
  table.put(name, stored);
  return { ...out, ReplicationStatus: replicationStatus(stored) };
}
