import type { OperationContext } from '../../define-service.js';
import { constraint, required, validationException } from '../errors.js';
import { decodeAfter, encodeAfter } from '../model/page-token.js';
import { checkParameterFilters, matchesParameterFilters, underPath, type ParameterStringFilter } from '../model/parameter-filters.js';
import { isPublicName, publicOutput, publicParametersByPath } from '../model/public-parameters.js';
import { parameterOutput } from '../model/parameter-output.js';
import { parametersTable, type ParameterRow } from '../store.js';

export interface GetParametersByPathInput {
  Path?: string;
  Recursive?: boolean;
  ParameterFilters?: ParameterStringFilter[];
  WithDecryption?: boolean;
  MaxResults?: number;
  NextToken?: string;
}

export async function getParametersByPath(input: GetParametersByPathInput, ctx: OperationContext) {
  required(input.Path, 'path');
  const path = input.Path!;
  if (!path.startsWith('/')) throw validationException('The parameter doesn\'t meet the parameter name requirements. The parameter name must begin with a forward slash "/".');
  const max = input.MaxResults ?? 10;
  if (max < 1 || max > 10) throw constraint(max, 'maxResults', 'Member must have value less than or equal to 10');
  const filters = checkParameterFilters(input.ParameterFilters, true);
  if (isPublicName(path.endsWith('/') ? path : `${path}/`)) {
    const all = await publicParametersByPath(ctx, path, input.Recursive ?? false);
    const start = Number(decodeAfter(input.NextToken) ?? 0);
    const page = all.slice(start, start + max);
    return { Parameters: page.map((p) => publicOutput(ctx, p)), ...(start + max < all.length ? { NextToken: encodeAfter(String(start + max)) } : {}) };
  }
  const labels = filters.find((f) => f.Key === 'Label')?.Values;
  const prefix = path === '/' ? '/' : path.endsWith('/') ? path : `${path}/`;
  const table = ctx.table(parametersTable);
  let after = decodeAfter(input.NextToken);
  const found: Array<{ row: ParameterRow; name: string }> = [];
  for (;;) {
    const rows = table.list({ prefix, after, limit: 500 });
    for (const { key, value: row } of rows) {
      if (!underPath(row.name, path, input.Recursive ?? false)) continue;
      const version = labels ? row.versions.find((v) => v.labels.some((l) => labels.includes(l))) : row.versions[row.versions.length - 1];
      if (version && matchesParameterFilters(row, version, filters)) found.push({ row, name: key });
      if (found.length > max) break;
    }
    if (found.length > max || rows.length < 500) break;
    after = rows[rows.length - 1].key;
  }
  const page = found.slice(0, max);
  const Parameters = [];
  for (const { row } of page) {
    const version = labels ? row.versions.find((v) => v.labels.some((l) => labels.includes(l)))! : row.versions[row.versions.length - 1];
    Parameters.push(await parameterOutput(ctx, row, version, input.WithDecryption));
  }
  return { Parameters, ...(found.length > max ? { NextToken: encodeAfter(page[page.length - 1].name) } : {}) };
}
