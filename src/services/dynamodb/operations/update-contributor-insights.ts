import type { OperationContext } from '../../define-service.js';
import { checkInsightsAction, checkInsightsIndex, contributorInsightsTable, insightsKey } from '../model/contributor-insights.js';
import { requireTableNamed, tableNameFromArn } from '../model/tables.js';

export interface UpdateContributorInsightsInput {
  TableName?: string;
  IndexName?: string;
  ContributorInsightsAction?: string;
}

/** Enables or disables Contributor Insights for a table or GSI; the answer shows ENABLING/DISABLING. */
export function updateContributorInsights(input: UpdateContributorInsightsInput, ctx: OperationContext): Record<string, unknown> {
  const table = requireTableNamed(ctx, input.TableName === undefined ? undefined : tableNameFromArn(input.TableName));
  const action = checkInsightsAction(input.ContributorInsightsAction);
  checkInsightsIndex(table, input.IndexName);
  const rows = ctx.table(contributorInsightsTable);
  const key = insightsKey(table.name, input.IndexName);
  const current = rows.get(key);
  const now = ctx.clock.now();
  const enable = action === 'ENABLE';
  // Enabling again keeps the rules (and their names) when they exist; enabling after a disable makes new ones.
  const enabledMs = enable ? (current?.enabled ? current.enabledMs : now) : (current?.enabledMs ?? now);
  rows.put(key, { enabled: enable, enabledMs, updatedMs: now });
  return {
    TableName: table.name,
    ...(input.IndexName !== undefined ? { IndexName: input.IndexName } : {}),
    ContributorInsightsStatus: enable ? 'ENABLING' : 'DISABLING',
  };
}
