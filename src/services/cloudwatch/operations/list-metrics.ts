import type { OperationContext } from '../../define-service.js';
import { invalidNextToken, invalidParameterValue } from '../errors.js';
import { decodeToken, encodeToken, matchesDimensionFilters, metricPrefix, type DimensionFilter, type Metric } from '../model.js';
import { metricsTable, type MetricRow } from '../store.js';

export interface ListMetricsInput {
  Namespace?: string;
  MetricName?: string;
  Dimensions?: DimensionFilter[];
  NextToken?: string;
  RecentlyActive?: string;
  IncludeLinkedAccounts?: boolean;
  OwningAccount?: string;
}

export interface ListMetricsOutput {
  Metrics: Metric[];
  NextToken?: string;
  OwningAccounts?: string[];
}

export const LIST_METRICS_PAGE = 500;
const TWO_WEEKS_MS = 14 * 86_400_000;
const THREE_HOURS_MS = 3 * 3_600_000;
const SCAN_CHUNK = 1000;

export function listMetrics(input: ListMetricsInput, ctx: OperationContext): ListMetricsOutput {
  if (input.RecentlyActive !== undefined && input.RecentlyActive !== 'PT3H') {
    throw invalidParameterValue(`The value ${input.RecentlyActive} for parameter RecentlyActive is invalid.`);
  }
  if ((input.Dimensions ?? []).length > 10) {
    throw invalidParameterValue('The collection Dimensions must not have a size greater than 10.');
  }
  let after: string | undefined;
  if (input.NextToken !== undefined) {
    const token = decodeToken(input.NextToken);
    if (typeof token !== 'object' || token === null || typeof (token as { after?: unknown }).after !== 'string') throw invalidNextToken();
    after = (token as { after: string }).after;
  }
  const now = ctx.clock.now();
  // AWS lists a metric for two weeks after its last data; RecentlyActive narrows that to three hours.
  const since = now - (input.RecentlyActive ? THREE_HOURS_MS : TWO_WEEKS_MS);
  const keep = (row: MetricRow) =>
    row.lastPutMs >= since &&
    (input.MetricName === undefined || row.MetricName === input.MetricName) &&
    matchesDimensionFilters(row.Dimensions, input.Dimensions ?? []);
  // Another account's metrics are never visible: Kumo has no cross-account observability.
  const owned = input.OwningAccount === undefined || input.OwningAccount === ctx.accountId;

  const prefix = input.Namespace === undefined ? undefined : metricPrefix(input.Namespace, input.MetricName);
  const table = ctx.table(metricsTable);
  const found: Array<{ key: string; row: MetricRow }> = [];
  while (owned && found.length <= LIST_METRICS_PAGE) {
    const rows = table.list({ prefix, after, limit: SCAN_CHUNK });
    for (const { key, value } of rows) if (keep(value)) found.push({ key, row: value });
    if (rows.length < SCAN_CHUNK) break;
    after = rows[rows.length - 1].key;
  }
  const page = found.slice(0, LIST_METRICS_PAGE);
  const output: ListMetricsOutput = {
    Metrics: page.map(({ row }) => ({ Namespace: row.Namespace, MetricName: row.MetricName, Dimensions: row.Dimensions })),
  };
  if (found.length > LIST_METRICS_PAGE) output.NextToken = encodeToken({ after: page[page.length - 1].key });
  if (input.IncludeLinkedAccounts) output.OwningAccounts = page.map(() => ctx.accountId);
  return output;
}
