import type { OperationContext } from '../../define-service.js';
import { tableNotFoundForBackup } from '../errors.js';
import { continuousBackupsDescription } from '../model/point-in-time.js';
import { tablesTable } from '../store.js';

export function describeContinuousBackups(input: { TableName?: string }, ctx: OperationContext): Record<string, unknown> {
  const table = input.TableName === undefined ? undefined : ctx.table(tablesTable).get(input.TableName);
  if (!table) throw tableNotFoundForBackup(input.TableName ?? '');
  return { ContinuousBackupsDescription: continuousBackupsDescription(ctx, table) };
}
