import type { OperationContext } from '../../define-service.js';
import { findSecret } from '../model/find-secret.js';
import { secretsTable } from '../store.js';

export function restoreSecret(input: { SecretId?: string }, ctx: OperationContext) {
  const row = findSecret(ctx, input.SecretId, { allowDeleted: true });
  const { deletedMs: _d, deletionMs: _w, ...rest } = row;
  ctx.table(secretsTable).put(row.name, rest);
  return { ARN: row.arn, Name: row.name };
}
