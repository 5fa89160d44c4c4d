import type { OperationContext } from '../../define-service.js';
import { isAwsError } from '../../../shared/aws-error.js';
import { invalidParameter, limitExceeded, resourceNotFound } from '../errors.js';
import { decodeToken, encodeToken, validateGroupName, validateLimit } from '../model.js';
import { compileFilterPattern } from '../model/filter-pattern.js';
import { requireGroup } from '../model/log-data.js';
import { filterKey } from '../model/log-filters.js';
import { subscriptionFiltersTable } from '../store.js';

const MAX_PER_GROUP = 2;

export interface PutSubscriptionFilterInput {
  logGroupName: string;
  filterName: string;
  filterPattern: string;
  destinationArn: string;
  roleArn?: string;
  distribution?: string;
}

/** Subscribes a Lambda function to a group's matching events (delivered by put-log-events). */
export async function putSubscriptionFilter(input: PutSubscriptionFilterInput, ctx: OperationContext): Promise<Record<string, never>> {
  validateGroupName(input.logGroupName);
  requireGroup(ctx, input.logGroupName);
  compileFilterPattern(input.filterPattern);
  const service = input.destinationArn.split(':')[2];
  if (service !== 'lambda') {
    throw invalidParameter(`Kumo delivers subscriptions to Lambda functions only; ${input.destinationArn} is not a Lambda function ARN.`);
  }
  try {
    await ctx.aws.call('lambda', 'GetFunctionConfiguration', { FunctionName: input.destinationArn }, ctx);
  } catch (error) {
    if (!isAwsError(error)) throw error;
    throw invalidParameter('Could not execute the lambda function. Make sure you have given CloudWatch Logs permission to execute your function.');
  }
  const table = ctx.table(subscriptionFiltersTable);
  const key = filterKey(input.logGroupName, input.filterName);
  const existing = table.get(key);
  if (!existing && table.count({ prefix: `${input.logGroupName}:` }) >= MAX_PER_GROUP) throw limitExceeded('Resource limit exceeded.');
  table.put(key, {
    filterName: input.filterName,
    filterPattern: input.filterPattern,
    logGroupName: input.logGroupName,
    destinationArn: input.destinationArn,
    ...(input.roleArn ? { roleArn: input.roleArn } : {}),
    distribution: input.distribution ?? 'ByLogStream',
    creationTime: existing?.creationTime ?? ctx.clock.now(),
  });
  return {};
}

export function describeSubscriptionFilters(input: { logGroupName: string; filterNamePrefix?: string; limit?: number; nextToken?: string }, ctx: OperationContext): Record<string, unknown> {
  validateLimit(input.limit, 50);
  requireGroup(ctx, input.logGroupName);
  const after = input.nextToken === undefined ? undefined : decodeToken<{ k: string }>(input.nextToken, (v) => typeof v.k === 'string').k;
  const limit = input.limit ?? 50;
  const rows = ctx.table(subscriptionFiltersTable).list({ prefix: `${input.logGroupName}:${input.filterNamePrefix ?? ''}`, after, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const out: Record<string, unknown> = { subscriptionFilters: page.map((r) => ({ ...r.value })) };
  if (rows.length > limit) out.nextToken = encodeToken({ k: page[page.length - 1]!.key });
  return out;
}

export function deleteSubscriptionFilter(input: { logGroupName: string; filterName: string }, ctx: OperationContext): Record<string, never> {
  requireGroup(ctx, input.logGroupName);
  if (!ctx.table(subscriptionFiltersTable).delete(filterKey(input.logGroupName, input.filterName))) throw resourceNotFound('The specified subscription filter does not exist.');
  return {};
}
