import type { OperationContext } from '../../define-service.js';
import { invalidRestoreTime, pointInTimeRecoveryUnavailable, tableNotFoundForBackup, validation } from '../errors.js';
import { itemsAt, restorableWindow } from '../model/point-in-time.js';
import { restoreTable, type RestoreOverrides } from '../model/restore-table.js';
import { tableNameFromArn } from '../model/tables.js';
import { tablesTable } from '../store.js';

export interface RestoreTableToPointInTimeInput extends RestoreOverrides {
  SourceTableArn?: string;
  SourceTableName?: string;
  UseLatestRestorableTime?: boolean;
  RestoreDateTime?: Date;
}

/** A new table holding the source's items as they were at a second within the PITR window. */
export function restoreTableToPointInTime(input: RestoreTableToPointInTimeInput, ctx: OperationContext): Record<string, unknown> {
  const sourceName = input.SourceTableName ?? (input.SourceTableArn !== undefined ? tableNameFromArn(input.SourceTableArn) : undefined);
  if (sourceName === undefined) throw validation('Either SourceTableArn or SourceTableName must be specified');
  const source = ctx.table(tablesTable).get(sourceName);
  if (!source) throw tableNotFoundForBackup(sourceName);
  if (!source.pitr?.enabled) throw pointInTimeRecoveryUnavailable(sourceName);
  if (input.UseLatestRestorableTime && input.RestoreDateTime !== undefined) {
    throw validation('Only one of UseLatestRestorableTime or RestoreDateTime can be specified');
  }
  const { earliestMs, latestMs } = restorableWindow(ctx, source);
  const atMs = input.UseLatestRestorableTime ? latestMs : input.RestoreDateTime?.getTime();
  if (atMs === undefined) throw validation('Either UseLatestRestorableTime or RestoreDateTime must be specified');
  if (atMs < earliestMs || atMs > latestMs) throw invalidRestoreTime();
  return restoreTable(ctx, source, input, itemsAt(ctx, source, atMs), { sourceTableArn: source.arn, restoreMs: atMs });
}
