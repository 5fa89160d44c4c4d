import type { OperationContext } from '../../define-service.js';
import { describeTable as describe } from '../model/describe-table.js';
import { requireTableNamed, tableNameFromArn } from '../model/tables.js';

export function describeTable(input: { TableName?: string }, ctx: OperationContext): { Table: Record<string, unknown> } {
  const table = requireTableNamed(ctx, input.TableName === undefined ? undefined : tableNameFromArn(input.TableName));
  return { Table: describe(ctx, table) };
}
