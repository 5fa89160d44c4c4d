import type { OperationContext } from '../../define-service.js';
import { AwsError, isAwsError } from '../../../shared/aws-error.js';
import { validation } from '../errors.js';
import { deleteItem } from '../operations/delete-item.js';
import { getItem } from '../operations/get-item.js';
import { putItem } from '../operations/put-item.js';
import { query } from '../operations/query.js';
import { scan } from '../operations/scan.js';
import { updateItem } from '../operations/update-item.js';
import type { Translated } from './translate-partiql.js';

export function duplicateItem(): AwsError {
  return new AwsError('DuplicateItemException', 'Duplicate primary key exists in table');
}

/** Runs a translated statement through the operation it maps to; INSERT's failed condition is a duplicate key. */
export function runTranslated(ctx: OperationContext, t: Translated, extra: Record<string, unknown>): Record<string, unknown> {
  const input = { ...t.input, ...extra };
  switch (t.kind) {
    case 'query':
      return query(input, ctx);
    case 'scan':
      return scan(input, ctx);
    case 'get':
      return getItem(input, ctx);
    case 'put':
      try {
        return putItem(input, ctx);
      } catch (error) {
        if (isAwsError(error) && error.code === 'ConditionalCheckFailedException') throw duplicateItem();
        throw error;
      }
    case 'update':
      return updateItem(input, ctx);
    case 'delete':
      return deleteItem(input, ctx);
  }
}

/** NextToken carries the LastEvaluatedKey; binary key values travel as base64. */
export function encodeNextToken(key: Record<string, unknown>): string {
  const json = JSON.stringify(key, (_k, v: unknown) => {
    if (v instanceof Uint8Array) return { $b: Buffer.from(v).toString('base64') };
    // Buffers reach the replacer already turned into { type: 'Buffer', data } by their toJSON.
    const maybe = v as { type?: unknown; data?: unknown } | null;
    if (maybe !== null && typeof maybe === 'object' && maybe.type === 'Buffer' && Array.isArray(maybe.data)) return { $b: Buffer.from(maybe.data as number[]).toString('base64') };
    return v;
  });
  return Buffer.from(json).toString('base64');
}

export function decodeNextToken(token: string): Record<string, unknown> {
  try {
    return parseToken(token);
  } catch {
    throw validation('Invalid NextToken');
  }
}

function parseToken(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token, 'base64').toString('utf8'), (_k, v: unknown) =>
    v !== null && typeof v === 'object' && '$b' in v ? Buffer.from((v as { $b: string }).$b, 'base64') : v,
  ) as Record<string, unknown>;
}
