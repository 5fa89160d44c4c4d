import type { OperationContext } from '../../define-service.js';
import { constraintViolation, invalidParameter } from '../errors.js';
import { decodeToken, encodeToken, eventPrefix, groupNameFrom, streamArn, validateLimit, type LogStream } from '../model.js';
import { requireGroup } from '../model/log-data.js';
import { streamsTable } from '../store.js';

export interface DescribeLogStreamsInput {
  logGroupName?: string;
  logGroupIdentifier?: string;
  logStreamNamePrefix?: string;
  orderBy?: string;
  descending?: boolean;
  nextToken?: string;
  limit?: number;
}

export interface LogStreamOutput {
  logStreamName: string;
  creationTime: number;
  firstEventTimestamp?: number;
  lastEventTimestamp?: number;
  lastIngestionTime?: number;
  uploadSequenceToken: string;
  arn: string;
  storedBytes: number;
}

export function describeLogStreams(input: DescribeLogStreamsInput, ctx: OperationContext): { logStreams: LogStreamOutput[]; nextToken?: string } {
  const groupName = groupNameFrom(input);
  validateLimit(input.limit, 50);
  const orderBy = input.orderBy ?? 'LogStreamName';
  if (orderBy !== 'LogStreamName' && orderBy !== 'LastEventTime') {
    throw constraintViolation(orderBy, 'orderBy', 'Member must satisfy enum value set: [LogStreamName, LastEventTime]');
  }
  if (orderBy === 'LastEventTime' && input.logStreamNamePrefix !== undefined) {
    throw invalidParameter('Cannot order by LastEventTime with a logStreamNamePrefix.');
  }
  requireGroup(ctx, groupName);
  const offset = input.nextToken === undefined ? 0 : decodeToken<{ offset: number }>(input.nextToken, (t) => Number.isInteger(t.offset) && Number(t.offset) >= 0).offset;
  const limit = input.limit ?? 50;
  const streams = ctx.table(streamsTable)
    .list({ prefix: eventPrefix(groupName) + (input.logStreamNamePrefix ?? '') })
    .map((row) => row.value);
  if (orderBy === 'LastEventTime') {
    // Streams without events sort first, as AWS orders them by a missing (zero) time.
    streams.sort((a, b) => (a.lastEventTimestamp ?? 0) - (b.lastEventTimestamp ?? 0) || a.name.localeCompare(b.name));
  }
  if (input.descending) streams.reverse();
  const page = streams.slice(offset, offset + limit);
  const output: { logStreams: LogStreamOutput[]; nextToken?: string } = { logStreams: page.map((s) => describeStream(s, ctx)) };
  if (offset + limit < streams.length) output.nextToken = encodeToken({ offset: offset + limit });
  return output;
}

function describeStream(stream: LogStream, ctx: OperationContext): LogStreamOutput {
  return {
    logStreamName: stream.name,
    creationTime: stream.creationTime,
    ...(stream.firstEventTimestamp === undefined
      ? {}
      : { firstEventTimestamp: stream.firstEventTimestamp, lastEventTimestamp: stream.lastEventTimestamp, lastIngestionTime: stream.lastIngestionTime }),
    uploadSequenceToken: sequenceToken(stream.seq),
    arn: streamArn(ctx.region, ctx.accountId, stream.group, stream.name),
    storedBytes: stream.storedBytes,
  };
}

/** AWS's tokens are 56-digit strings (and ignored on upload since 2023); Kumo's count the stream's events. */
export function sequenceToken(seq: number): string {
  return '49' + String(seq).padStart(54, '0');
}
