import type { OperationContext } from '../../define-service.js';
import { required } from '../errors.js';
import { findSecret } from '../model/find-secret.js';
import { checkTags } from '../model/tags.js';
import { secretsTable, type SecretTag } from '../store.js';

export function tagResource(input: { SecretId?: string; Tags?: SecretTag[] }, ctx: OperationContext): Record<string, never> {
  const row = findSecret(ctx, input.SecretId);
  required(input.Tags, 'tags');
  ctx.table(secretsTable).put(row.name, { ...row, tags: checkTags(row.tags, input.Tags) });
  return {};
}
