import type { OperationContext } from '../../define-service.js';
import { backupNotFound } from '../errors.js';
import { backupDescription } from '../model/backup-description.js';
import { backupsTable, type BackupRow } from '../store.js';

export function requireBackup(ctx: OperationContext, arn: string | undefined): BackupRow {
  const backup = arn === undefined ? undefined : ctx.table(backupsTable).get(arn);
  if (!backup) throw backupNotFound(arn ?? '');
  return backup;
}

export function describeBackup(input: { BackupArn?: string }, ctx: OperationContext): Record<string, unknown> {
  return { BackupDescription: backupDescription(requireBackup(ctx, input.BackupArn), 'AVAILABLE') };
}
