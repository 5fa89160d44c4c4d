import type { OperationContext } from '../../define-service.js';
import { resourceInUse } from '../errors.js';
import { describeTable } from '../model/describe-table.js';
import { requireTableNamed, tableNameFromArn } from '../model/tables.js';
import { deleteReplica, dropTable } from '../model/replicas.js';

/** Deletes the table, its items and index entries in one transaction; the answer still shows DELETING. */
export function deleteTable(input: { TableName?: string }, ctx: OperationContext): { TableDescription: Record<string, unknown> } {
  const table = requireTableNamed(ctx, input.TableName === undefined ? undefined : tableNameFromArn(input.TableName));
  if (table.deletionProtection) {
    throw resourceInUse(`Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.`);
  }
  const description = describeTable(ctx, table, 'DELETING');
  ctx.store.transaction(() => {
    // A replica of a global table is deleted alone; the other replicas stay and stop listing it.
    if (table.replicas) deleteReplica(ctx, table, ctx.region);
    else dropTable(ctx, table);
  });
  return { TableDescription: description };
}
