import type { OperationContext } from '../../define-service.js';
import { findSecret } from '../model/find-secret.js';
import { checkPolicy } from '../model/resource-policy.js';
import { secretsTable } from '../store.js';

export function putResourcePolicy(input: { SecretId?: string; ResourcePolicy?: string; BlockPublicPolicy?: boolean }, ctx: OperationContext) {
  const row = findSecret(ctx, input.SecretId);
  const policy = checkPolicy(input.ResourcePolicy);
  ctx.table(secretsTable).put(row.name, { ...row, policy });
  return { ARN: row.arn, Name: row.name };
}
