import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { tablesTable } from '../store.js';

export function listTables(input: { ExclusiveStartTableName?: string; Limit?: number }, ctx: OperationContext): { TableNames: string[]; LastEvaluatedTableName?: string } {
  const limit = input.Limit ?? 100;
  if (limit < 1 || limit > 100) {
    throw validation(`1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value ${limit < 1 ? 'greater than or equal to 1' : 'less than or equal to 100'}`);
  }
  const rows = ctx.table(tablesTable).list({ ...(input.ExclusiveStartTableName !== undefined ? { after: input.ExclusiveStartTableName } : {}), limit: limit + 1 });
  const names = rows.slice(0, limit).map((r) => r.key);
  return { TableNames: names, ...(rows.length > limit ? { LastEvaluatedTableName: names[names.length - 1]! } : {}) };
}
