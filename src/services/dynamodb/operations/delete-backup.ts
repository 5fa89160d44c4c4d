import type { OperationContext } from '../../define-service.js';
import { backupDescription } from '../model/backup-description.js';
import { backupItemsTable, backupsTable } from '../store.js';
import { requireBackup } from './describe-backup.js';

export function deleteBackup(input: { BackupArn?: string }, ctx: OperationContext): Record<string, unknown> {
  const backup = requireBackup(ctx, input.BackupArn);
  ctx.store.transaction(() => {
    ctx.table(backupItemsTable).deleteRange({ prefix: `${backup.id}/` });
    ctx.table(backupsTable).delete(backup.arn);
  });
  return { BackupDescription: backupDescription(backup, 'DELETED') };
}
