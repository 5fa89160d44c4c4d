import type { OperationContext } from '../../define-service.js';
import { invalidArgument } from '../errors.js';
import { describeCommon } from '../model/shapes.js';
import { Violations } from '../model/violations.js';
import { streamsTable } from '../store.js';

export interface ListStreamsInput {
  Limit?: number;
  ExclusiveStartStreamName?: string;
  NextToken?: string;
}

/** Next tokens name the last stream of the page; they are opaque to clients. */
function decodeToken(token: string): string {
  const text = Buffer.from(token, 'base64').toString('utf8');
  if (!text.startsWith('ls1:')) throw invalidArgument('Invalid NextToken.');
  return text.slice(4);
}

export function listStreams(input: ListStreamsInput, ctx: OperationContext): Record<string, unknown> {
  const v = new Violations();
  v.range(input.Limit, 'limit', 1, 10000);
  v.length(input.ExclusiveStartStreamName, 'exclusiveStartStreamName', 1, 128);
  v.length(input.NextToken, 'nextToken', 1, 1048576);
  v.throwIfAny();
  if (input.NextToken !== undefined && input.ExclusiveStartStreamName !== undefined) {
    throw invalidArgument('NextToken and ExclusiveStartStreamName cannot be provided together.');
  }
  const limit = input.Limit ?? 100;
  const after = input.NextToken !== undefined ? decodeToken(input.NextToken) : input.ExclusiveStartStreamName;
  const rows = ctx.table(streamsTable).list({ after, limit: limit + 1 });
  const page = rows.slice(0, limit).map((row) => row.value);
  const more = rows.length > limit;
  return {
    StreamNames: page.map((s) => s.name),
    HasMoreStreams: more,
    ...(more ? { NextToken: Buffer.from(`ls1:${page[page.length - 1]!.name}`).toString('base64') } : {}),
    StreamSummaries: page.map((s) => {
      const common = describeCommon(s);
      return {
        StreamName: common.StreamName,
        StreamARN: common.StreamARN,
        StreamStatus: common.StreamStatus,
        StreamModeDetails: common.StreamModeDetails,
        StreamCreationTimestamp: common.StreamCreationTimestamp,
      };
    }),
  };
}
