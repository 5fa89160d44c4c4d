import type { OperationContext } from '../../define-service.js';
import { findSecret } from '../model/find-secret.js';
import { secretDescription, versionsToStages } from '../model/secret-output.js';

/** Works on secrets scheduled for deletion too (they show DeletedDate). */
export function describeSecret(input: { SecretId?: string }, ctx: OperationContext) {
  const row = findSecret(ctx, input.SecretId, { allowDeleted: true });
  return { ...secretDescription(row), VersionIdsToStages: versionsToStages(row) };
}
