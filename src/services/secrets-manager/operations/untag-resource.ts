import type { OperationContext } from '../../define-service.js';
import { required } from '../errors.js';
import { findSecret } from '../model/find-secret.js';
import { secretsTable } from '../store.js';

export function untagResource(input: { SecretId?: string; TagKeys?: string[] }, ctx: OperationContext): Record<string, never> {
  const row = findSecret(ctx, input.SecretId);
  required(input.TagKeys, 'tagKeys');
  const drop = new Set(input.TagKeys);
  ctx.table(secretsTable).put(row.name, { ...row, tags: row.tags.filter((t) => !drop.has(t.Key)) });
  return {};
}
