import type { OperationContext } from '../../define-service.js';
import { invalidParameter, notFound, required } from '../errors.js';
import { findSecret } from '../model/find-secret.js';
import { secretsTable } from '../store.js';

export interface UpdateSecretVersionStageInput {
  SecretId?: string;
  VersionStage?: string;
  RemoveFromVersionId?: string;
  MoveToVersionId?: string;
}

/**
 * Moves or removes one staging label. The label's current holder must be named in
 * RemoveFromVersionId; moving AWSCURRENT gives the old holder AWSPREVIOUS.
 */
export function updateSecretVersionStage(input: UpdateSecretVersionStageInput, ctx: OperationContext) {
  const row = findSecret(ctx, input.SecretId);
  required(input.VersionStage, 'versionStage');
  const stage = input.VersionStage!;
  for (const id of [input.RemoveFromVersionId, input.MoveToVersionId]) {
    if (id !== undefined && !row.versions[id]) throw notFound(`Secrets Manager can't find the specified secret value for VersionId: ${id}`);
  }
  const holder = Object.entries(row.versions).find(([, v]) => v.stages.includes(stage))?.[0];
  if (holder !== undefined && holder !== input.MoveToVersionId && holder !== input.RemoveFromVersionId) {
    throw invalidParameter(`The parameter RemoveFromVersionId can't be empty. Staging label ${stage} is currently attached to version ${holder}, so you must explicitly reference that version in RemoveFromVersionId.`);
  }
  if (input.RemoveFromVersionId !== undefined && holder !== input.RemoveFromVersionId) {
    throw invalidParameter(`The staging label ${stage} is not attached to version ${input.RemoveFromVersionId}.`);
  }
  if (stage === 'AWSCURRENT' && input.MoveToVersionId === undefined) {
    throw invalidParameter('You can only move staging label AWSCURRENT to a different secret version. It can’t be completely removed.');
  }
  if (holder !== undefined) row.versions[holder].stages = row.versions[holder].stages.filter((s) => s !== stage);
  if (input.MoveToVersionId !== undefined && !row.versions[input.MoveToVersionId].stages.includes(stage)) {
    row.versions[input.MoveToVersionId].stages.push(stage);
    if (stage === 'AWSCURRENT' && holder !== undefined && holder !== input.MoveToVersionId) {
      for (const v of Object.values(row.versions)) v.stages = v.stages.filter((s) => s !== 'AWSPREVIOUS');
      row.versions[holder].stages.push('AWSPREVIOUS');
    }
  }
  row.lastChangedMs = ctx.clock.now();
  ctx.table(secretsTable).put(row.name, row);
  return { ARN: row.arn, Name: row.name };
}
