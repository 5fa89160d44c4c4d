import type { OperationContext } from '../../define-service.js';
import { restoreTable, type RestoreOverrides } from '../model/restore-table.js';
import { backupItemsTable } from '../store.js';
import { requireBackup } from './describe-backup.js';

/** A new table with the backup's definition (or the overrides) and items. */
export function restoreTableFromBackup(input: RestoreOverrides & { BackupArn?: string }, ctx: OperationContext): Record<string, unknown> {
  const backup = requireBackup(ctx, input.BackupArn);
  const rows = ctx.table(backupItemsTable).list({ prefix: `${backup.id}/` });
  return restoreTable(ctx, backup.table, input, rows.map((r) => r.value.i), { sourceBackupArn: backup.arn, sourceTableArn: backup.table.arn, restoreMs: backup.createdMs });
}
