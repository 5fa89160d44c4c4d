import { isAwsError } from '../../../shared/aws-error.js';
import type { OperationContext } from '../../define-service.js';
import { invalidParameter, validation } from '../errors.js';
import { checkFilters, type Filter } from '../model/filters.js';
import { findSecret } from '../model/find-secret.js';
import { decodeToken, encodeToken, isOffset } from '../model/page-token.js';
import { readSecretValue } from './get-secret-value.js';
import { filteredSecrets } from './list-secrets.js';

export interface BatchGetSecretValueInput {
  SecretIdList?: string[];
  Filters?: Filter[];
  MaxResults?: number;
  NextToken?: string;
}

/** The AWSCURRENT values of up to 20 named secrets (failures listed per secret) or of a filtered page. */
export async function batchGetSecretValue(input: BatchGetSecretValueInput, ctx: OperationContext) {
  if ((input.SecretIdList === undefined) === (input.Filters === undefined)) {
    throw invalidParameter('Either SecretIdList or Filters must be specified, but not both.');
  }
  const SecretValues: unknown[] = [];
  const Errors: Array<{ SecretId: string; ErrorCode: string; Message: string }> = [];
  if (input.SecretIdList) {
    if (input.SecretIdList.length > 20) throw validation(input.SecretIdList.length, 'secretIdList', 'Member must have length less than or equal to 20');
    if (input.MaxResults !== undefined) throw invalidParameter('MaxResults is not allowed with SecretIdList.');
    for (const id of input.SecretIdList) {
      try {
        SecretValues.push(await readSecretValue(ctx, findSecret(ctx, id)));
      } catch (error) {
        if (!isAwsError(error)) throw error;
        Errors.push({ SecretId: id, ErrorCode: error.code, Message: error.message });
      }
    }
    return { SecretValues, Errors };
  }
  const max = input.MaxResults ?? 20;
  if (max < 1 || max > 20) throw validation(max, 'maxResults', 'Member must have value between 1 and 20');
  const start = decodeToken(input.NextToken, isOffset)?.o ?? 0;
  const rows = filteredSecrets(ctx, checkFilters(input.Filters), false);
  for (const row of rows.slice(start, start + max)) {
    try {
      SecretValues.push(await readSecretValue(ctx, row));
    } catch (error) {
      if (!isAwsError(error)) throw error;
      Errors.push({ SecretId: row.arn, ErrorCode: error.code, Message: error.message });
    }
  }
  return { SecretValues, Errors, ...(start + max < rows.length ? { NextToken: encodeToken({ o: start + max }) } : {}) };
}
