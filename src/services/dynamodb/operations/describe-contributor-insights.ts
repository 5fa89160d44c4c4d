import type { OperationContext } from '../../define-service.js';
import { checkInsightsIndex, contributorInsightsTable, insightsKey, insightsRuleNames } from '../model/contributor-insights.js';
import { requireTableNamed, tableNameFromArn } from '../model/tables.js';

/** Status, the CloudWatch rule names while enabled, and when insights were last changed. */
export function describeContributorInsights(input: { TableName?: string; IndexName?: string }, ctx: OperationContext): Record<string, unknown> {
  const table = requireTableNamed(ctx, input.TableName === undefined ? undefined : tableNameFromArn(input.TableName));
  checkInsightsIndex(table, input.IndexName);
  const row = ctx.table(contributorInsightsTable).get(insightsKey(table.name, input.IndexName));
  return {
    TableName: table.name,
    ...(input.IndexName !== undefined ? { IndexName: input.IndexName } : {}),
    ...(row?.enabled ? { ContributorInsightsRuleList: insightsRuleNames(table, input.IndexName, row.enabledMs) } : {}),
    ContributorInsightsStatus: row?.enabled ? 'ENABLED' : 'DISABLED',
    ...(row ? { LastUpdateDateTime: new Date(row.updatedMs) } : {}),
  };
}
