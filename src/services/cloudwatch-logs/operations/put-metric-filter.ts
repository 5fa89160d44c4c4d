import type { OperationContext } from '../../define-service.js';
import { constraintViolation, invalidParameter, limitExceeded, resourceNotFound } from '../errors.js';
import { decodeToken, encodeToken, validateGroupName, validateLimit } from '../model.js';
import { compileFilterPattern } from '../model/filter-pattern.js';
import { requireGroup } from '../model/log-data.js';
import { extractValue, filterKey, type MetricFilterRecord, type MetricTransformation } from '../model/log-filters.js';
import { metricFiltersTable } from '../store.js';

const MAX_PER_GROUP = 100;

export interface PutMetricFilterInput {
  logGroupName: string;
  filterName: string;
  filterPattern: string;
  metricTransformations: MetricTransformation[];
}

/** Creates or replaces a metric filter; put-log-events publishes what it matches. */
export function putMetricFilter(input: PutMetricFilterInput, ctx: OperationContext): Record<string, never> {
  validateGroupName(input.logGroupName);
  requireGroup(ctx, input.logGroupName);
  compileFilterPattern(input.filterPattern);
  if (input.metricTransformations.length !== 1) {
    throw constraintViolation('[...]', 'metricTransformations', 'Member must have length less than or equal to 1');
  }
  for (const t of input.metricTransformations) {
    if (!/^\$\.|^-?\d+(\.\d+)?$/.test(t.metricValue.trim())) throw invalidParameter('Invalid metric value. Metric value must be a number or a JSON selector ($.field).');
    if (t.dimensions && t.defaultValue !== undefined) throw invalidParameter('Dimensions and default value cannot be set together');
  }
  const table = ctx.table(metricFiltersTable);
  const key = filterKey(input.logGroupName, input.filterName);
  const existing = table.get(key);
  if (!existing && table.count({ prefix: `${input.logGroupName}:` }) >= MAX_PER_GROUP) throw limitExceeded('Resource limit exceeded.');
  table.put(key, {
    filterName: input.filterName,
    filterPattern: input.filterPattern,
    logGroupName: input.logGroupName,
    metricTransformations: input.metricTransformations.map((t) => ({ ...t })),
    creationTime: existing?.creationTime ?? ctx.clock.now(),
  });
  return {};
}

export interface DescribeMetricFiltersInput {
  logGroupName?: string;
  filterNamePrefix?: string;
  metricName?: string;
  metricNamespace?: string;
  limit?: number;
  nextToken?: string;
}

export function describeMetricFilters(input: DescribeMetricFiltersInput, ctx: OperationContext): Record<string, unknown> {
  validateLimit(input.limit, 50);
  if (input.filterNamePrefix !== undefined && input.logGroupName === undefined) throw invalidParameter('If filterNamePrefix is specified, logGroupName must also be specified.');
  if ((input.metricName === undefined) !== (input.metricNamespace === undefined)) throw invalidParameter('If you specify metricName, you must also specify metricNamespace, and vice versa.');
  const after = input.nextToken === undefined ? undefined : decodeToken<{ k: string }>(input.nextToken, (v) => typeof v.k === 'string').k;
  const prefix = input.logGroupName === undefined ? undefined : `${input.logGroupName}:${input.filterNamePrefix ?? ''}`;
  const limit = input.limit ?? 50;
  const rows = ctx
    .table(metricFiltersTable)
    .list({ prefix, after })
    .filter((r) => input.metricName === undefined || r.value.metricTransformations.some((t) => t.metricName === input.metricName && t.metricNamespace === input.metricNamespace));
  const page = rows.slice(0, limit);
  const out: Record<string, unknown> = { metricFilters: page.map((r) => ({ ...r.value })) };
  if (rows.length > limit) out.nextToken = encodeToken({ k: page[page.length - 1]!.key });
  return out;
}

export function deleteMetricFilter(input: { logGroupName: string; filterName: string }, ctx: OperationContext): Record<string, never> {
  requireGroup(ctx, input.logGroupName);
  if (!ctx.table(metricFiltersTable).delete(filterKey(input.logGroupName, input.filterName))) throw resourceNotFound('The specified metric filter does not exist.');
  return {};
}

/** Which of the sample messages a pattern matches, with the values it would extract. */
export function testMetricFilter(input: { filterPattern: string; logEventMessages: string[] }, ctx: OperationContext): Record<string, unknown> {
  void ctx;
  const matcher = compileFilterPattern(input.filterPattern);
  const selectors = [...new Set([...input.filterPattern.matchAll(/\$\.[A-Za-z0-9_.[\]]+/g)].map((m) => m[0]))];
  const matches = input.logEventMessages.flatMap((message, index) => {
    if (!matcher(message)) return [];
    const extractedValues: Record<string, string> = {};
    for (const selector of selectors) {
      const value = extractValue(selector, message);
      if (value !== undefined) extractedValues[selector] = value;
    }
    return [{ eventNumber: index + 1, eventMessage: message, extractedValues }];
  });
  return { matches };
}

export type { MetricFilterRecord };
