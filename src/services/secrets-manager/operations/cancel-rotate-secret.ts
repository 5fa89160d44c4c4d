import type { OperationContext } from '../../define-service.js';
import { findSecret } from '../model/find-secret.js';
import { pendingVersionId } from '../model/rotation.js';
import { secretsTable } from '../store.js';

/**
 * Turns automatic rotation off and stops a rotation in progress before its next step. As on
 * AWS, the partly made version keeps AWSPENDING (the answer names it) for the caller to clean up.
 */
export function cancelRotateSecret(input: { SecretId?: string }, ctx: OperationContext) {
  const row = findSecret(ctx, input.SecretId);
  const pending = pendingVersionId(row);
  if (row.rotation) {
    row.rotation.enabled = false;
    delete row.rotation.activeToken;
    delete row.rotation.nextRotationMs;
    row.lastChangedMs = ctx.clock.now();
    ctx.table(secretsTable).put(row.name, row);
  }
  return { ARN: row.arn, Name: row.name, ...(pending !== undefined ? { VersionId: pending } : {}) };
}
