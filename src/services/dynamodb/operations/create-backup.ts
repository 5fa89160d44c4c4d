import { randomBytes } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { tableNotFoundForBackup, validation } from '../errors.js';
import { backupDetails } from '../model/backup-description.js';
import { checkName } from '../model/table-schema.js';
import { tableNameFromArn } from '../model/tables.js';
import { backupItemsTable, backupsTable, itemsTable, tablesTable, type BackupRow } from '../store.js';

/** Copies the table's items and definition in one transaction; the answer shows CREATING, later calls AVAILABLE. */
export function createBackup(input: { TableName?: string; BackupName?: string }, ctx: OperationContext): Record<string, unknown> {
  const backupName = checkName(input.BackupName, 'backupName');
  if (input.TableName === undefined) throw validation("1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null");
  const tableName = tableNameFromArn(input.TableName);
  const table = ctx.table(tablesTable).get(tableName);
  if (!table) throw tableNotFoundForBackup(tableName);
  const now = ctx.clock.now();
  const id = `${String(now).padStart(17, '0')}-${randomBytes(4).toString('hex')}`;
  const backup: BackupRow = { arn: `${table.arn}/backup/${id}`, name: backupName, id, createdMs: now, sizeBytes: 0, itemCount: 0, table };
  const copies = ctx.table(backupItemsTable);
  ctx.store.transaction(() => {
    const prefix = `${table.name}/`;
    for (const row of ctx.table(itemsTable).list({ prefix })) {
      copies.put(`${id}/${row.key.slice(prefix.length)}`, row.value);
      backup.sizeBytes += row.value.s;
      backup.itemCount++;
    }
    ctx.table(backupsTable).put(backup.arn, backup);
  });
  return { BackupDetails: backupDetails(backup, 'CREATING') };
}
