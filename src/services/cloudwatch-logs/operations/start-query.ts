import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { AwsError } from '../../../shared/aws-error.js';
import { invalidParameter, resourceNotFound } from '../errors.js';
import { decodeToken, encodeToken } from '../model.js';
import { requireGroup } from '../model/log-data.js';
import { parseQuery, QueryError, type Command } from '../model/insights/parse-query.js';
import { runQuery, type QueryEvent } from '../model/insights/run-query.js';
import { eventsTable, queriesTable } from '../store.js';

export interface QueryRecord {
  queryId: string;
  queryString: string;
  logGroupNames: string[];
  startTime: number;
  endTime: number;
  limit?: number;
  status: 'Scheduled' | 'Running' | 'Complete' | 'Failed' | 'Cancelled';
  createTime: number;
  results?: Array<Array<{ field: string; value: string }>>;
  statistics?: { recordsMatched: number; recordsScanned: number; bytesScanned: number };
}

export interface StartQueryInput {
  logGroupName?: string;
  logGroupNames?: string[];
  logGroupIdentifiers?: string[];
  startTime: number;
  endTime: number;
  queryString: string;
  limit?: number;
}

/**
 * Starts a Logs Insights query. It runs right after the call returns (status Running, then
 * Complete), over the groups' events in [startTime, endTime] (epoch seconds, inclusive).
 */
export function startQuery(input: StartQueryInput, ctx: OperationContext): { queryId: string } {
  const groups = [input.logGroupName, ...(input.logGroupNames ?? []), ...(input.logGroupIdentifiers ?? []).map(nameOf)].filter((g): g is string => g !== undefined);
  if (groups.length === 0) throw invalidParameter('Either logGroupName, logGroupNames or logGroupIdentifiers must be specified.');
  if ([input.logGroupName, input.logGroupNames, input.logGroupIdentifiers].filter((x) => x !== undefined).length > 1) {
    throw invalidParameter('Specify only one of logGroupName, logGroupNames and logGroupIdentifiers.');
  }
  if (input.endTime < input.startTime) throw invalidParameter('End time should not be before the start time');
  if (input.limit !== undefined && (input.limit < 1 || input.limit > 10000)) throw invalidParameter('Limit must be between 1 and 10000.');
  for (const group of groups) requireGroup(ctx, group);
  let commands: Command[];
  try {
    commands = parseQuery(input.queryString);
  } catch (error) {
    if (!(error instanceof QueryError)) throw error;
    throw new AwsError('MalformedQueryException', `Query is malformed: ${error.message}`, { fields: { queryCompileError: { message: error.message } } });
  }
  const record: QueryRecord = {
    queryId: randomUUID(),
    queryString: input.queryString,
    logGroupNames: groups,
    startTime: input.startTime,
    endTime: input.endTime,
    status: 'Running',
    createTime: ctx.clock.now(),
  };
  if (input.limit !== undefined) record.limit = input.limit;
  const table = ctx.table(queriesTable);
  table.put(record.queryId, record);
  setImmediate(() => {
    try {
      const current = table.get(record.queryId);
      if (current?.status === 'Running') table.put(record.queryId, execute(ctx, current, commands));
    } catch {
      // The Kumo stopped (or was reset) before the query ran.
    }
  });
  return { queryId: record.queryId };
}

function execute(ctx: OperationContext, record: QueryRecord, commands: Command[]): QueryRecord {
  const events: QueryEvent[] = [];
  let bytes = 0;
  const from = record.startTime * 1000;
  const to = record.endTime * 1000 + 999;
  for (const group of record.logGroupNames) {
    for (const { key, value } of ctx.table(eventsTable).list({ prefix: `${group}:` })) {
      if (value.t < from || value.t > to) continue;
      const stream = key.slice(group.length + 1, key.lastIndexOf(':'));
      bytes += Buffer.byteLength(value.m);
      events.push({ timestamp: value.t, message: value.m, ingestionTime: value.i, logStream: stream, log: `${ctx.accountId}:${group}`, ptr: Buffer.from(key).toString('base64url') });
    }
  }
  try {
    const out = runQuery(commands, events, record.limit ?? 10_000);
    return { ...record, status: 'Complete', results: out.rows, statistics: { recordsMatched: out.recordsMatched, recordsScanned: events.length, bytesScanned: bytes } };
  } catch {
    return { ...record, status: 'Failed', results: [], statistics: { recordsMatched: 0, recordsScanned: events.length, bytesScanned: bytes } };
  }
}

export function getQueryResults(input: { queryId: string }, ctx: OperationContext): Record<string, unknown> {
  const record = ctx.table(queriesTable).get(input.queryId);
  if (!record) throw resourceNotFound('Query does not exist.');
  return {
    results: record.results ?? [],
    statistics: record.statistics ?? { recordsMatched: 0, recordsScanned: 0, bytesScanned: 0 },
    status: record.status,
  };
}

export function stopQuery(input: { queryId: string }, ctx: OperationContext): { success: boolean } {
  const table = ctx.table(queriesTable);
  const record = table.get(input.queryId);
  if (!record) throw resourceNotFound('Query does not exist.');
  if (record.status !== 'Running' && record.status !== 'Scheduled') return { success: false };
  table.put(record.queryId, { ...record, status: 'Cancelled' });
  return { success: true };
}

export function describeQueries(input: { logGroupName?: string; status?: string; maxResults?: number; nextToken?: string }, ctx: OperationContext): Record<string, unknown> {
  if (input.maxResults !== undefined && (input.maxResults < 1 || input.maxResults > 1000)) throw invalidParameter('maxResults must be between 1 and 1000.');
  const after = input.nextToken === undefined ? undefined : decodeToken<{ k: string }>(input.nextToken, (v) => typeof v.k === 'string').k;
  const rows = ctx
    .table(queriesTable)
    .list()
    .map((r) => r.value)
    .filter((q) => (input.logGroupName === undefined || q.logGroupNames.includes(input.logGroupName)) && (input.status === undefined || q.status === input.status))
    .sort((a, b) => b.createTime - a.createTime || (a.queryId < b.queryId ? -1 : 1));
  const start = after === undefined ? 0 : rows.findIndex((q) => q.queryId === after) + 1;
  const size = input.maxResults ?? 1000;
  const page = rows.slice(start, start + size);
  const out: Record<string, unknown> = {
    queries: page.map((q) => ({ queryId: q.queryId, queryString: q.queryString, status: q.status, createTime: q.createTime, logGroupName: q.logGroupNames[0] })),
  };
  if (start + size < rows.length) out.nextToken = encodeToken({ k: page[page.length - 1]!.queryId });
  return out;
}

function nameOf(identifier: string): string {
  return /^arn:[^:]+:logs:[^:]*:[^:]*:log-group:([^:]+)(:\*)?$/.exec(identifier)?.[1] ?? identifier;
}
