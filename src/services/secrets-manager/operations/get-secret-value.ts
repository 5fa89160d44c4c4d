import type { OperationContext } from '../../define-service.js';
import { notFound } from '../errors.js';
import { findSecret } from '../model/find-secret.js';
import { openValue, valueFields } from '../model/secret-values.js';
import { secretsTable, type SecretRow } from '../store.js';

export interface GetSecretValueInput {
  SecretId?: string;
  VersionId?: string;
  VersionStage?: string;
}

/** Picks the version by id and/or stage (AWSCURRENT by default); both must agree. */
export function pickVersion(row: SecretRow, versionId?: string, stage?: string): string {
  if (versionId !== undefined) {
    const version = row.versions[versionId];
    if (!version) throw notFound(`Secrets Manager can't find the specified secret value for VersionId: ${versionId}`);
    if (stage !== undefined && !version.stages.includes(stage)) {
      throw notFound(`Secrets Manager can't find the specified secret value for VersionId: ${versionId} and staging label: ${stage}`);
    }
    return versionId;
  }
  const label = stage ?? 'AWSCURRENT';
  const found = Object.entries(row.versions).find(([, v]) => v.stages.includes(label))?.[0];
  if (!found) throw notFound(`Secrets Manager can't find the specified secret value for staging label: ${label}`);
  return found;
}

function describeAsked(versionId?: string, stage?: string): string {
  if (versionId !== undefined && stage !== undefined) return `VersionId: ${versionId} and staging label: ${stage}`;
  return versionId !== undefined ? `VersionId: ${versionId}` : `staging label: ${stage ?? 'AWSCURRENT'}`;
}

export async function readSecretValue(ctx: OperationContext, row: SecretRow, versionId?: string, stage?: string) {
  const id = pickVersion(row, versionId, stage);
  const version = row.versions[id];
  // The empty version a rotation starts with has a label but no value yet.
  if (!version.value) throw notFound(`Secrets Manager can't find the specified secret value for ${describeAsked(versionId, stage)}`);
  const plain = await openValue(ctx, row.source?.arn ?? row.arn, id, version.value, row.source?.region);
  const now = ctx.clock.now();
  const table = ctx.table(secretsTable);
  const fresh = table.get(row.name);
  if (fresh?.versions[id]) {
    fresh.lastAccessedMs = now;
    fresh.versions[id].lastAccessedMs = now;
    table.put(fresh.name, fresh);
  } else if (fresh && fresh.primaryRegion !== undefined) {
    table.put(fresh.name, { ...fresh, lastAccessedMs: now });
  }
  return {
    ARN: row.arn,
    Name: row.name,
    VersionId: id,
    ...valueFields(plain, version.value.binary),
    VersionStages: version.stages,
    CreatedDate: new Date(version.createdMs),
  };
}

export async function getSecretValue(input: GetSecretValueInput, ctx: OperationContext) {
  return readSecretValue(ctx, findSecret(ctx, input.SecretId), input.VersionId, input.VersionStage);
}
