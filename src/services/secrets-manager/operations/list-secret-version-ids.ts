import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { findSecret } from '../model/find-secret.js';
import { decodeToken, encodeToken, isOffset } from '../model/page-token.js';
import { accessDay } from '../model/secret-output.js';

export function listSecretVersionIds(input: { SecretId?: string; MaxResults?: number; NextToken?: string; IncludeDeprecated?: boolean }, ctx: OperationContext) {
  const row = findSecret(ctx, input.SecretId);
  const max = input.MaxResults ?? 100;
  if (max < 1 || max > 100) throw validation(max, 'maxResults', 'Member must have value between 1 and 100');
  const start = decodeToken(input.NextToken, isOffset)?.o ?? 0;
  const versions = Object.entries(row.versions)
    .filter(([, v]) => input.IncludeDeprecated || v.stages.length > 0)
    .map(([id, v]) => ({
      VersionId: id,
      VersionStages: v.stages,
      ...(v.lastAccessedMs !== undefined ? { LastAccessedDate: accessDay(v.lastAccessedMs) } : {}),
      CreatedDate: new Date(v.createdMs),
      ...(v.kmsKeyArn ? { KmsKeyIds: [v.kmsKeyArn] } : {}),
    }));
  return {
    Versions: versions.slice(start, start + max),
    ARN: row.arn,
    Name: row.name,
    ...(start + max < versions.length ? { NextToken: encodeToken({ o: start + max }) } : {}),
  };
}
