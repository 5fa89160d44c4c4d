import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { findSecret } from '../model/find-secret.js';
import { openValue, sealValue } from '../model/secret-values.js';
import { addVersion, checkToken, valueOf, type NewValue } from '../model/versions.js';
import { secretsTable, type SecretRow } from '../store.js';

export interface UpdateSecretInput extends NewValue {
  SecretId?: string;
  ClientRequestToken?: string;
  Description?: string;
  KmsKeyId?: string;
}

/**
 * Changes description and key, and with a value adds an AWSCURRENT version. A new key
 * re-encrypts the labelled versions (AWSCURRENT, AWSPENDING, AWSPREVIOUS), as AWS does.
 */
export async function updateSecret(input: UpdateSecretInput, ctx: OperationContext) {
  const row = findSecret(ctx, input.SecretId);
  if ((input.Description ?? '').length > 2048) throw validation(input.Description, 'description', 'Member must have length less than or equal to 2048');
  const value = valueOf(input);
  const keyChanged = input.KmsKeyId !== undefined && input.KmsKeyId !== row.kmsKeyId;
  const reencrypted: SecretRow['versions'] = {};
  if (keyChanged) {
    for (const [id, version] of Object.entries(row.versions)) {
      if (!version.value || !version.stages.some((s) => ['AWSCURRENT', 'AWSPENDING', 'AWSPREVIOUS'].includes(s))) continue;
      const plain = await openValue(ctx, row.arn, id, version.value);
      const sealed = await sealValue(ctx, input.KmsKeyId, row.arn, id, plain, version.value.binary);
      reencrypted[id] = { ...version, value: sealed.value, ...(sealed.keyArn ? { kmsKeyArn: sealed.keyArn } : {}) };
    }
  }
  const change = (fresh: SecretRow) => {
    if (input.Description !== undefined) fresh.description = input.Description;
    if (input.KmsKeyId !== undefined) fresh.kmsKeyId = input.KmsKeyId;
    for (const [id, version] of Object.entries(reencrypted)) if (fresh.versions[id]) fresh.versions[id] = { ...version, stages: fresh.versions[id].stages };
    fresh.lastChangedMs = ctx.clock.now();
  };
  if (value) {
    const versionId = checkToken(input.ClientRequestToken);
    const target = input.KmsKeyId !== undefined ? { ...row, kmsKeyId: input.KmsKeyId } : row;
    await addVersion(ctx, target, versionId, value, ['AWSCURRENT'], change);
    return { ARN: row.arn, Name: row.name, VersionId: versionId };
  }
  const table = ctx.table(secretsTable);
  const fresh = table.get(row.name) ?? row;
  change(fresh);
  table.put(fresh.name, fresh);
  return { ARN: row.arn, Name: row.name };
}
