import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { backupDetails } from '../model/backup-description.js';
import { backupsTable } from '../store.js';

export interface ListBackupsInput {
  TableName?: string;
  Limit?: number;
  TimeRangeLowerBound?: Date;
  TimeRangeUpperBound?: Date;
  ExclusiveStartBackupArn?: string;
  BackupType?: string;
}

/** On-demand backups (Kumo makes no SYSTEM or AWS_BACKUP ones), by table then creation time. */
export function listBackups(input: ListBackupsInput, ctx: OperationContext): Record<string, unknown> {
  const limit = input.Limit ?? 100;
  if (limit < 1 || limit > 100) {
    throw validation(`1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value ${limit < 1 ? 'greater than or equal to 1' : 'less than or equal to 100'}`);
  }
  const type = input.BackupType ?? 'ALL';
  const low = input.TimeRangeLowerBound?.getTime() ?? -Infinity;
  const high = input.TimeRangeUpperBound?.getTime() ?? Infinity;
  const rows = ctx
    .table(backupsTable)
    .list({ ...(input.ExclusiveStartBackupArn !== undefined ? { after: input.ExclusiveStartBackupArn } : {}) })
    .map((r) => r.value)
    .filter((b) => (input.TableName === undefined || b.table.name === input.TableName) && b.createdMs >= low && b.createdMs <= high && (type === 'USER' || type === 'ALL'));
  const page = rows.slice(0, limit);
  return {
    BackupSummaries: page.map((b) => ({
      TableName: b.table.name,
      TableId: b.table.id,
      TableArn: b.table.arn,
      ...backupDetails(b, 'AVAILABLE'),
    })),
    ...(rows.length > limit ? { LastEvaluatedBackupArn: page[page.length - 1]!.arn } : {}),
  };
}
