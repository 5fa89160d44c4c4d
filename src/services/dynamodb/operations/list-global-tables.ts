import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { legacyGlobalTablesTable } from '../model/legacy-global-tables.js';

export interface ListGlobalTablesInput {
  ExclusiveStartGlobalTableName?: string;
  Limit?: number;
  RegionName?: string;
}

/** The account's legacy global tables by name, optionally only those with a replica in RegionName. */
export function listGlobalTables(input: ListGlobalTablesInput, ctx: OperationContext): Record<string, unknown> {
  const limit = input.Limit ?? 100;
  if (limit < 1) throw validation(`1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1`);
  const rows = ctx
    .table(legacyGlobalTablesTable)
    .list(input.ExclusiveStartGlobalTableName !== undefined ? { after: input.ExclusiveStartGlobalTableName } : {})
    .map((r) => r.value)
    .filter((row) => input.RegionName === undefined || row.regions.includes(input.RegionName));
  const page = rows.slice(0, Math.min(limit, 100));
  return {
    GlobalTables: page.map((row) => ({ GlobalTableName: row.name, ReplicationGroup: row.regions.map((RegionName) => ({ RegionName })) })),
    ...(rows.length > page.length ? { LastEvaluatedGlobalTableName: page[page.length - 1]!.name } : {}),
  };
}
