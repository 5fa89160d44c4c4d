import type { OperationContext } from '../../define-service.js';
import { findSecret } from '../model/find-secret.js';

export function getResourcePolicy(input: { SecretId?: string }, ctx: OperationContext) {
  const row = findSecret(ctx, input.SecretId);
  return { ARN: row.arn, Name: row.name, ...(row.policy !== undefined ? { ResourcePolicy: row.policy } : {}) };
}
