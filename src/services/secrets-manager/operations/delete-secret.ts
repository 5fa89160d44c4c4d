import type { OperationContext } from '../../define-service.js';
import { invalidParameter, markedForDeletion } from '../errors.js';
import { findSecret } from '../model/find-secret.js';
import { dueKey, dueTable, secretsTable } from '../store.js';

const DAY_MS = 86_400_000;

export interface DeleteSecretInput {
  SecretId?: string;
  RecoveryWindowInDays?: number;
  ForceDeleteWithoutRecovery?: boolean;
}

export function deleteSecret(input: DeleteSecretInput, ctx: OperationContext) {
  if (input.ForceDeleteWithoutRecovery && input.RecoveryWindowInDays !== undefined) {
    throw invalidParameter("You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.");
  }
  const days = input.RecoveryWindowInDays ?? 30;
  if (!input.ForceDeleteWithoutRecovery && (days < 7 || days > 30)) {
    throw invalidParameter('The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).');
  }
  const row = findSecret(ctx, input.SecretId, { allowDeleted: true });
  if (row.replicas?.length) {
    throw invalidParameter(`You can't delete secret ${row.arn} that still has replica regions [${row.replicas.map((r) => r.region).join(', ')}].`);
  }
  const now = ctx.clock.now();
  const table = ctx.table(secretsTable);
  if (input.ForceDeleteWithoutRecovery) {
    table.delete(row.name);
    return { ARN: row.arn, Name: row.name, DeletionDate: new Date(now) };
  }
  if (row.deletedMs !== undefined) throw markedForDeletion();
  const deletionMs = now + days * DAY_MS;
  ctx.store.transaction(() => {
    table.put(row.name, { ...row, deletedMs: now, deletionMs });
    const due = { accountId: ctx.accountId, region: ctx.region, name: row.name };
    ctx.table(dueTable).put(dueKey(deletionMs, due), due);
  });
  return { ARN: row.arn, Name: row.name, DeletionDate: new Date(deletionMs) };
}
