import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { contributorInsightsTable, insightsKey } from '../model/contributor-insights.js';
import { requireTableNamed, tableNameFromArn } from '../model/tables.js';
import { tablesTable } from '../store.js';

export interface ListContributorInsightsInput {
  TableName?: string;
  NextToken?: string;
  MaxResults?: number;
}

interface Summary {
  TableName: string;
  IndexName?: string;
  ContributorInsightsStatus: string;
}

/**
 * With TableName: the table and each of its GSIs, whatever their status. Without: every table
 * or GSI whose insights were ever set in this region. Paged by a token naming the last entry.
 */
export function listContributorInsights(input: ListContributorInsightsInput, ctx: OperationContext): Record<string, unknown> {
  const max = input.MaxResults ?? 100;
  if (max < 0 || max > 100) {
    throw validation(`1 validation error detected: Value '${max}' at 'maxResults' failed to satisfy constraint: Member must have value ${max < 0 ? 'greater than or equal to 0' : 'less than or equal to 100'}`);
  }
  const rows = ctx.table(contributorInsightsTable);
  const status = (key: string) => (rows.get(key)?.enabled ? 'ENABLED' : 'DISABLED');
  let summaries: Array<Summary & { key: string }>;
  if (input.TableName !== undefined) {
    const table = requireTableNamed(ctx, tableNameFromArn(input.TableName));
    summaries = [undefined, ...table.gsis.map((g) => g.name)].map((index) => {
      const key = insightsKey(table.name, index);
      return { key, TableName: table.name, ...(index !== undefined ? { IndexName: index } : {}), ContributorInsightsStatus: status(key) };
    });
  } else {
    const tables = ctx.table(tablesTable);
    summaries = rows.list().flatMap(({ key, value }) => {
      const [tableName, index] = key.split('/') as [string, string | undefined];
      const table = tables.get(tableName);
      // An index deleted since keeps no insights.
      if (!table || (index !== undefined && !table.gsis.some((g) => g.name === index))) return [];
      return [{ key, TableName: tableName, ...(index !== undefined ? { IndexName: index } : {}), ContributorInsightsStatus: value.enabled ? 'ENABLED' : 'DISABLED' }];
    });
  }
  let start = 0;
  if (input.NextToken !== undefined) {
    const after = Buffer.from(input.NextToken, 'base64url').toString('utf8');
    start = summaries.findIndex((s) => s.key === after) + 1;
    if (start === 0) throw validation('Invalid NextToken');
  }
  const page = summaries.slice(start, start + max);
  const more = start + max < summaries.length && page.length > 0;
  return {
    ContributorInsightsSummaries: page.map(({ key: _key, ...summary }) => summary),
    ...(more ? { NextToken: Buffer.from(page[page.length - 1]!.key, 'utf8').toString('base64url') } : {}),
  };
}
