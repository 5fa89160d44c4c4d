import type { OperationContext } from '../../define-service.js';
import { tableNotFoundForBackup, validation } from '../errors.js';
import { continuousBackupsDescription } from '../model/point-in-time.js';
import { pitrLogTable, tablesTable } from '../store.js';

export interface UpdateContinuousBackupsInput {
  TableName?: string;
  PointInTimeRecoverySpecification?: { PointInTimeRecoveryEnabled?: boolean; RecoveryPeriodInDays?: number };
}

/** Turns point-in-time recovery on (changes are logged from now) or off (the log is dropped). */
export function updateContinuousBackups(input: UpdateContinuousBackupsInput, ctx: OperationContext): Record<string, unknown> {
  const spec = input.PointInTimeRecoverySpecification;
  if (spec?.PointInTimeRecoveryEnabled === undefined) {
    throw validation("1 validation error detected: Value null at 'pointInTimeRecoverySpecification.pointInTimeRecoveryEnabled' failed to satisfy constraint: Member must not be null");
  }
  if (spec.RecoveryPeriodInDays !== undefined && spec.RecoveryPeriodInDays !== 35) {
    throw validation('Kumo keeps the default recovery period of 35 days only');
  }
  const tables = ctx.table(tablesTable);
  const table = input.TableName === undefined ? undefined : tables.get(input.TableName);
  if (!table) throw tableNotFoundForBackup(input.TableName ?? '');
  const enable = spec.PointInTimeRecoveryEnabled;
  if (enable !== (table.pitr?.enabled === true)) {
    ctx.store.transaction(() => {
      table.pitr = { enabled: enable, sinceMs: ctx.clock.now() };
      if (!enable) ctx.table(pitrLogTable).deleteRange({ prefix: `${table.name}/` });
      tables.put(table.name, table);
    });
  }
  return { ContinuousBackupsDescription: continuousBackupsDescription(ctx, table) };
}
