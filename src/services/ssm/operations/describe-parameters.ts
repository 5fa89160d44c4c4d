import type { OperationContext } from '../../define-service.js';
import { constraint, ssmError } from '../errors.js';
import { decodeAfter, encodeAfter } from '../model/page-token.js';
import { checkParameterFilters, matchesParameterFilters, type ParameterStringFilter } from '../model/parameter-filters.js';
import { parameterMetadata } from '../model/parameter-output.js';
import { parametersTable } from '../store.js';

export interface DescribeParametersInput {
  Filters?: Array<{ Key?: string; Values?: string[] }>;
  ParameterFilters?: ParameterStringFilter[];
  MaxResults?: number;
  NextToken?: string;
  Shared?: boolean;
}

/** The older `Filters` (Name, Type, KeyId; equality) and `ParameterFilters`, not both. */
export function describeParameters(input: DescribeParametersInput, ctx: OperationContext) {
  if (input.Filters !== undefined && input.ParameterFilters !== undefined) {
    throw ssmError('InvalidFilterKey', 'You can use either Filters or ParameterFilters in a single request.');
  }
  const legacy = (input.Filters ?? []).map((f) => {
    if (!['Name', 'Type', 'KeyId'].includes(f.Key ?? '')) throw constraint(f.Key, 'filters.member.key', 'Member must satisfy enum value set: [Name, Type, KeyId]');
    return { Key: f.Key, Option: 'Equals', Values: f.Values };
  });
  const filters = input.ParameterFilters !== undefined ? checkParameterFilters(input.ParameterFilters, false) : legacy;
  const max = input.MaxResults ?? 50;
  if (max < 1 || max > 50) throw constraint(max, 'maxResults', 'Member must have value less than or equal to 50');
  const table = ctx.table(parametersTable);
  let after = decodeAfter(input.NextToken);
  const found: Array<{ key: string; item: Record<string, unknown> }> = [];
  for (;;) {
    const rows = table.list({ after, limit: 500 });
    for (const { key, value } of rows) {
      if (matchesParameterFilters(value, value.versions[value.versions.length - 1], filters)) found.push({ key, item: parameterMetadata(ctx, value) });
      if (found.length > max) break;
    }
    if (found.length > max || rows.length < 500) break;
    after = rows[rows.length - 1].key;
  }
  const page = found.slice(0, max);
  return { Parameters: page.map((p) => p.item), ...(found.length > max ? { NextToken: encodeAfter(page[page.length - 1].key) } : {}) };
}
