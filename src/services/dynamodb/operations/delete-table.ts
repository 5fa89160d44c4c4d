import type { OperationContext } from '../../define-service.js';
import { resourceInUse } from '../errors.js';
import { describeTable } from '../model/describe-table.js';
import { requireTableNamed, tableNameFromArn } from '../model/tables.js';
import { closeStream } from '../model/streams.js';
import { indexEntriesTable, itemsTable, pitrLogTable, tablesTable } from '../store.js';

/** Deletes the table, its items and index entries in one transaction; the answer still shows DELETING. */
export function deleteTable(input: { TableName?: string }, ctx: OperationContext): { TableDescription: Record<string, unknown> } {
  const table = requireTableNamed(ctx, input.TableName === undefined ? undefined : tableNameFromArn(input.TableName));
  if (table.deletionProtection) {
    throw resourceInUse(`Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.`);
  }
  const description = describeTable(ctx, table, 'DELETING');
  ctx.store.transaction(() => {
    closeStream(ctx, table, ctx.clock.now());
    ctx.table(pitrLogTable).deleteRange({ prefix: `${table.name}/` });
    ctx.table(itemsTable).deleteRange({ prefix: `${table.name}/` });
    ctx.table(indexEntriesTable).deleteRange({ prefix: `${table.name}/` });
    ctx.table(tablesTable).delete(table.name);
  });
  return { TableDescription: description };
}
