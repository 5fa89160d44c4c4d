import type { OperationContext } from '../../define-service.js';
import { invalidParameter, validation } from '../errors.js';
import { findSecret } from '../model/find-secret.js';
import { addVersion, checkToken, valueOf, type NewValue } from '../model/versions.js';

export interface PutSecretValueInput extends NewValue {
  SecretId?: string;
  ClientRequestToken?: string;
  VersionStages?: string[];
  RotationToken?: string;
}

export async function putSecretValue(input: PutSecretValueInput, ctx: OperationContext) {
  const row = findSecret(ctx, input.SecretId);
  const value = valueOf(input);
  if (!value) throw invalidParameter('You must provide either SecretString or SecretBinary.');
  const stages = input.VersionStages ?? ['AWSCURRENT'];
  if (stages.length < 1 || stages.length > 20) throw validation(stages, 'versionStages', 'Member must have length between 1 and 20');
  const versionId = checkToken(input.ClientRequestToken);
  const stored = await addVersion(ctx, row, versionId, value, stages);
  return { ARN: row.arn, Name: row.name, VersionId: versionId, VersionStages: stored.versions[versionId].stages };
}
