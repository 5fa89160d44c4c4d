import { defineTable } from '../../../store/types.js';
import { resourceNotFound, validation } from '../errors.js';
import type { TableRecord } from '../store.js';
import type { ItemsContext } from './streams.js';
import { rangeKeyOf } from './tables.js';

/**
 * CloudWatch Contributor Insights for a table or GSI, keyed `<table>` or `<table>/<index>`.
 * DynamoDB creates CloudWatch rules named after the resource and the time insights were
 * enabled; Kumo keeps that time to name them, but its CloudWatch has no insight rules, so
 * no rule or report data exists behind the names. Like table status, a change is complete at
 * once: only the answer of UpdateContributorInsights shows ENABLING or DISABLING.
 */
export interface InsightsRow {
  enabled: boolean;
  /** When insights were last enabled: the rules' creation timestamp. */
  enabledMs: number;
  updatedMs: number;
}

export const contributorInsightsTable = defineTable<InsightsRow>({ service: 'dynamodb', name: 'contributor-insights', scope: 'region' });

export function insightsKey(tableName: string, indexName?: string): string {
  return indexName === undefined ? tableName : `${tableName}/${indexName}`;
}

/** Insights apply to a table or one of its GSIs (LSIs share the table's rules). */
export function checkInsightsIndex(table: TableRecord, indexName: string | undefined): void {
  if (indexName === undefined) return;
  if (!table.gsis.some((g) => g.name === indexName)) {
    throw resourceNotFound(`Requested resource not found: Index: ${indexName} not found for table: ${table.name}`);
  }
}

export function checkInsightsAction(action: string | undefined): 'ENABLE' | 'DISABLE' {
  if (action === 'ENABLE' || action === 'DISABLE') return action;
  throw validation(
    action === undefined
      ? "1 validation error detected: Value null at 'contributorInsightsAction' failed to satisfy constraint: Member must not be null"
      : `1 validation error detected: Value '${action}' at 'contributorInsightsAction' failed to satisfy constraint: Member must satisfy enum value set: [ENABLE, DISABLE]`,
  );
}

/**
 * The rule names DynamoDB gives the CloudWatch rules: most accessed (C) and most throttled (T)
 * partition keys, and, when the table or index has a sort key, partition and sort keys.
 */
export function insightsRuleNames(table: TableRecord, indexName: string | undefined, enabledMs: number): string[] {
  const schema = indexName === undefined ? table.keySchema : table.gsis.find((g) => g.name === indexName)!.keySchema;
  const resource = indexName === undefined ? table.name : `${table.name}-${indexName}`;
  const kinds = rangeKeyOf(schema) === undefined ? ['PKC', 'PKT'] : ['PKC', 'SKC', 'PKT', 'SKT'];
  return kinds.map((kind) => `DynamoDBContributorInsights-${kind}-${resource}-${enabledMs}`);
}

/** Removes a table's insights settings with the table (dropTable). */
export function dropContributorInsights(ctx: ItemsContext, tableName: string): void {
  const rows = ctx.table(contributorInsightsTable);
  rows.delete(tableName);
  rows.deleteRange({ prefix: `${tableName}/` });
}
