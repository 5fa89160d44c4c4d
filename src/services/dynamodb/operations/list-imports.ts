import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { importSummary } from '../model/import-description.js';
import { importsTable } from '../model/import-rows.js';
import { tableNameFromArn } from '../model/tables.js';
import { constraint, decodeListToken, encodeListToken } from '../model/transfer-errors.js';

export interface ListImportsInput {
  TableArn?: string;
  PageSize?: number;
  NextToken?: string;
}

/** Imports of the region (running ones included, as on AWS), by table, newest first within a table. */
export function listImports(input: ListImportsInput, ctx: OperationContext): Record<string, unknown> {
  const limit = input.PageSize ?? 25;
  if (limit < 1) throw constraint(limit, 'pageSize', 'have value greater than or equal to 1');
  if (limit > 25) throw constraint(limit, 'pageSize', 'have value less than or equal to 25');
  const after = decodeListToken(input.NextToken, 'ListImports');
  let prefix: string | undefined;
  if (input.TableArn !== undefined) {
    const name = tableNameFromArn(input.TableArn);
    if (name === input.TableArn) throw validation(`Invalid TableArn: ${input.TableArn}`);
    prefix = `${name}/`;
  }
  const rows = ctx
    .table(importsTable)
    .list({ ...(prefix !== undefined ? { prefix } : {}), ...(after !== undefined ? { after } : {}), reverse: true })
    .filter((r) => input.TableArn === undefined || r.value.tableArn === input.TableArn);
  const page = rows.slice(0, limit);
  return {
    ImportSummaryList: page.map((r) => importSummary(r.value)),
    ...(rows.length > limit ? { NextToken: encodeListToken(page[page.length - 1]!.key) } : {}),
  };
}
