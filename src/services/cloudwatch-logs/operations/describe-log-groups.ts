import type { OperationContext } from '../../define-service.js';
import { invalidParameter } from '../errors.js';
import { decodeToken, encodeToken, eventPrefix, groupArn, validateLimit, type LogGroup } from '../model.js';
import { groupsTable, streamsTable } from '../store.js';

export interface DescribeLogGroupsInput {
  logGroupNamePrefix?: string;
  logGroupNamePattern?: string;
  nextToken?: string;
  limit?: number;
  includeLinkedAccounts?: boolean;
  accountIdentifiers?: string[];
  logGroupClass?: string;
}

export interface LogGroupOutput {
  logGroupName: string;
  creationTime: number;
  retentionInDays?: number;
  metricFilterCount: number;
  arn: string;
  logGroupArn: string;
  storedBytes: number;
  kmsKeyId?: string;
  logGroupClass: string;
}

const SCAN = 500;

export function describeLogGroups(input: DescribeLogGroupsInput, ctx: OperationContext): { logGroups: LogGroupOutput[]; nextToken?: string } {
  validateLimit(input.limit, 50);
  if (input.logGroupNamePrefix !== undefined && input.logGroupNamePattern !== undefined) {
    throw invalidParameter('LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.');
  }
  const limit = input.limit ?? 50;
  let after = input.nextToken === undefined ? undefined : decodeToken<{ after: string }>(input.nextToken, (t) => typeof t.after === 'string').after;
  // The pattern matches anywhere in the name, ignoring case.
  const pattern = input.logGroupNamePattern?.toLowerCase();
  const keep = (group: LogGroup) =>
    (pattern === undefined || group.name.toLowerCase().includes(pattern)) &&
    (input.logGroupClass === undefined || group.logGroupClass === input.logGroupClass);
  const table = ctx.table(groupsTable);
  const found: LogGroup[] = [];
  for (;;) {
    const rows = table.list({ prefix: input.logGroupNamePrefix, after, limit: SCAN });
    for (const row of rows) if (keep(row.value)) found.push(row.value);
    if (rows.length < SCAN || found.length > limit) break;
    after = rows[rows.length - 1]!.key;
  }
  const page = found.slice(0, limit);
  const output: { logGroups: LogGroupOutput[]; nextToken?: string } = { logGroups: page.map((g) => describeGroup(g, ctx)) };
  if (found.length > limit) output.nextToken = encodeToken({ after: page[page.length - 1]!.name });
  return output;
}

export function describeGroup(group: LogGroup, ctx: OperationContext): LogGroupOutput {
  const arn = groupArn(ctx.region, ctx.accountId, group.name);
  const storedBytes = ctx.table(streamsTable).list({ prefix: eventPrefix(group.name) }).reduce((sum, row) => sum + row.value.storedBytes, 0);
  return {
    logGroupName: group.name,
    creationTime: group.creationTime,
    ...(group.retentionInDays === undefined ? {} : { retentionInDays: group.retentionInDays }),
    metricFilterCount: 0,
    arn: `${arn}:*`,
    logGroupArn: arn,
    storedBytes,
    ...(group.kmsKeyId === undefined ? {} : { kmsKeyId: group.kmsKeyId }),
    logGroupClass: group.logGroupClass,
  };
}
