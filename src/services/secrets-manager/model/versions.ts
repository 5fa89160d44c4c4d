import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { exists, invalidParameter, validation } from '../errors.js';
import { secretsTable, type SecretRow } from '../store.js';
import { openValue, sealValue } from './secret-values.js';

const MAX_VERSIONS = 100;

export interface NewValue {
  SecretString?: string;
  SecretBinary?: Uint8Array;
}

/** The value to store, checked: one of string or binary, at most 64 KB. */
export function valueOf(input: NewValue): { data: Buffer; binary: boolean } | undefined {
  if (input.SecretString !== undefined && input.SecretBinary !== undefined) {
    throw invalidParameter("You can't specify both a binary secret value and a string secret value in the same secret.");
  }
  if (input.SecretString === undefined && input.SecretBinary === undefined) return undefined;
  const binary = input.SecretBinary !== undefined;
  const data = binary ? Buffer.from(input.SecretBinary!) : Buffer.from(input.SecretString!, 'utf8');
  if (data.length > 65536) throw validation('[SENSITIVE]', binary ? 'secretBinary' : 'secretString', 'Member must have length less than or equal to 65536');
  return { data, binary };
}

export function checkToken(token: string | undefined): string {
  if (token === undefined) return randomUUID();
  if (token.length < 32 || token.length > 64) throw validation(token, 'clientRequestToken', 'Member must have length between 32 and 64');
  return token;
}

/**
 * Adds a version and moves its staging labels to it. When AWSCURRENT moves, the version that had
 * it becomes AWSPREVIOUS. A retried request (same token, same value) changes nothing. The row is
 * read again after encryption (which awaits KMS), so concurrent writers do not lose versions;
 * `change` applies further edits (description, key) in the same write. Returns the stored row.
 */
export async function addVersion(
  ctx: OperationContext,
  row: SecretRow,
  versionId: string,
  value: { data: Buffer; binary: boolean },
  stages = ['AWSCURRENT'],
  change?: (row: SecretRow) => void,
): Promise<SecretRow> {
  const existing = row.versions[versionId];
  // A rotation's empty AWSPENDING version takes its value from the rotation function's PutSecretValue.
  if (existing?.value) {
    const old = await openValue(ctx, row.arn, versionId, existing.value);
    if (old.equals(value.data) && existing.value.binary === value.binary) return row;
    throw exists("You can't modify an existing version, you can only create new versions.");
  }
  const sealed = await sealValue(ctx, row.kmsKeyId, row.arn, versionId, value.data, value.binary);
  const table = ctx.table(secretsTable);
  const fresh = table.get(row.name) ?? row;
  const now = ctx.clock.now();
  const previousCurrent = Object.entries(fresh.versions).find(([, v]) => v.stages.includes('AWSCURRENT'))?.[0];
  for (const version of Object.values(fresh.versions)) version.stages = version.stages.filter((s) => !stages.includes(s));
  if (stages.includes('AWSCURRENT') && previousCurrent !== undefined) {
    for (const version of Object.values(fresh.versions)) version.stages = version.stages.filter((s) => s !== 'AWSPREVIOUS');
    fresh.versions[previousCurrent].stages.push('AWSPREVIOUS');
  }
  const placeholder = fresh.versions[versionId];
  if (placeholder?.value) throw exists("You can't modify an existing version, you can only create new versions.");
  fresh.versions[versionId] = { stages: [...stages], createdMs: placeholder?.createdMs ?? now, value: sealed.value, ...(sealed.keyArn ? { kmsKeyArn: sealed.keyArn } : {}) };
  fresh.lastChangedMs = now;
  change?.(fresh);
  pruneVersions(fresh);
  table.put(fresh.name, fresh);
  return fresh;
}

/** Versions without labels are deprecated; AWS keeps about 100 versions in all. */
function pruneVersions(row: SecretRow): void {
  const ids = Object.keys(row.versions);
  for (const id of ids) {
    if (Object.keys(row.versions).length <= MAX_VERSIONS) break;
    if (row.versions[id].stages.length === 0) delete row.versions[id];
  }
}

export function currentVersionId(row: SecretRow): string | undefined {
  return Object.entries(row.versions).find(([, v]) => v.stages.includes('AWSCURRENT'))?.[0];
}
