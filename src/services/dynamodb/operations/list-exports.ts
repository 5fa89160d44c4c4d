import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { exportSummary } from '../model/export-description.js';
import { exportsTable } from '../model/export-rows.js';
import { tableNameFromArn } from '../model/tables.js';
import { constraint, decodeListToken, encodeListToken } from '../model/transfer-errors.js';
import { tablesTable } from '../store.js';

export interface ListExportsInput {
  TableArn?: string;
  MaxResults?: number;
  NextToken?: string;
}

/**
 * Exports of the region, newest first within a table. With TableArn, only that table's: an
 * export of a deleted table (or of an earlier table of the same name) is not listed, as on AWS.
 */
export function listExports(input: ListExportsInput, ctx: OperationContext): Record<string, unknown> {
  const limit = input.MaxResults ?? 25;
  if (limit < 1) throw constraint(limit, 'maxResults', 'have value greater than or equal to 1');
  if (limit > 25) throw constraint(limit, 'maxResults', 'have value less than or equal to 25');
  const after = decodeListToken(input.NextToken, 'ListExports');
  let prefix: string | undefined;
  let tableId: string | undefined;
  if (input.TableArn !== undefined) {
    const name = tableNameFromArn(input.TableArn);
    if (name === input.TableArn) throw validation(`Invalid TableArn: ${input.TableArn}`);
    prefix = `${name}/`;
    tableId = ctx.table(tablesTable).get(name)?.id;
    if (tableId === undefined) return { ExportSummaries: [] };
  }
  const rows = ctx
    .table(exportsTable)
    .list({ ...(prefix !== undefined ? { prefix } : {}), ...(after !== undefined ? { after } : {}), reverse: true })
    .filter((r) => tableId === undefined || r.value.tableId === tableId);
  const page = rows.slice(0, limit);
  return {
    ExportSummaries: page.map((r) => exportSummary(r.value)),
    ...(rows.length > limit ? { NextToken: encodeListToken(page[page.length - 1]!.key) } : {}),
  };
}
