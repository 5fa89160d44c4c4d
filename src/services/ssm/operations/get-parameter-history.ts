import type { OperationContext } from '../../define-service.js';
import { constraint } from '../errors.js';
import { findParameter } from '../model/find-parameter.js';
import { decodeAfter, encodeAfter } from '../model/page-token.js';
import { policiesOutput } from '../model/parameter-policies.js';
import { visibleValue } from '../model/parameter-output.js';

export async function getParameterHistory(input: { Name?: string; WithDecryption?: boolean; MaxResults?: number; NextToken?: string }, ctx: OperationContext) {
  const row = findParameter(ctx, input.Name);
  const max = input.MaxResults ?? 50;
  if (max < 1 || max > 50) throw constraint(max, 'maxResults', 'Member must have value less than or equal to 50');
  const start = Number(decodeAfter(input.NextToken) ?? 0);
  const page = row.versions.slice(start, start + max);
  const Parameters = [];
  for (const v of page) {
    Parameters.push({
      Name: row.name,
      Type: v.type,
      ...(v.keyId !== undefined ? { KeyId: v.keyId } : {}),
      LastModifiedDate: new Date(v.lastModifiedMs),
      LastModifiedUser: v.user,
      ...(v.description !== undefined ? { Description: v.description } : {}),
      Value: await visibleValue(ctx, row, v, input.WithDecryption),
      ...(v.allowedPattern !== undefined ? { AllowedPattern: v.allowedPattern } : {}),
      Version: v.version,
      Labels: v.labels,
      Tier: v.tier,
      Policies: policiesOutput(v),
      DataType: v.dataType,
    });
  }
  return { Parameters, ...(start + max < row.versions.length ? { NextToken: encodeAfter(String(start + max)) } : {}) };
}
