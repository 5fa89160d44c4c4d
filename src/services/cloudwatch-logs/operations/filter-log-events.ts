import { createHash } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { invalidParameter } from '../errors.js';
import { decodeToken, encodeToken, eventPosition, eventPrefix, groupNameFrom, validateLimit, type LogEventRow } from '../model.js';
import { compileFilterPattern } from '../model/filter-pattern.js';
import { expireEvents, readEvents, requireGroup } from '../model/log-data.js';
import { streamsTable } from '../store.js';

export interface FilterLogEventsInput {
  logGroupName?: string;
  logGroupIdentifier?: string;
  logStreamNames?: string[];
  logStreamNamePrefix?: string;
  startTime?: number;
  endTime?: number;
  filterPattern?: string;
  nextToken?: string;
  limit?: number;
  interleaved?: boolean;
  unmask?: boolean;
}

export interface FilteredLogEvent {
  logStreamName: string;
  timestamp: number;
  message: string;
  ingestionTime: number;
  eventId: string;
}

const MAX_LIMIT = 10_000;
const CHUNK = 1000;

interface Found {
  stream: string;
  position: string;
  event: LogEventRow;
}

/**
 * Searches a group's streams, results interleaved in time order across streams (as AWS
 * always does now). The token is the last returned event's (position, stream), so a page
 * continues exactly where the previous ended even while events keep arriving.
 */
export function filterLogEvents(input: FilterLogEventsInput, ctx: OperationContext): { events: FilteredLogEvent[]; searchedLogStreams: never[]; nextToken?: string } {
  const groupName = groupNameFrom(input);
  validateLimit(input.limit, MAX_LIMIT);
  if (input.logStreamNames !== undefined && input.logStreamNamePrefix !== undefined) {
    throw invalidParameter('logStreamNames and logStreamNamePrefix are mutually exclusive parameters.');
  }
  const group = requireGroup(ctx, groupName);
  const matches = compileFilterPattern(input.filterPattern);
  const limit = input.limit ?? MAX_LIMIT;
  const after = input.nextToken === undefined
    ? undefined
    : decodeToken<{ p: string; s: string }>(input.nextToken, (t) => typeof t.p === 'string' && /^\d{27}$/.test(t.p) && typeof t.s === 'string');

  let streams = ctx.table(streamsTable).list({ prefix: eventPrefix(groupName) + (input.logStreamNamePrefix ?? '') }).map((r) => r.value.name);
  if (input.logStreamNames) {
    const wanted = new Set(input.logStreamNames);
    streams = streams.filter((s) => wanted.has(s));
  }
  const start = input.startTime === undefined ? undefined : eventPosition(input.startTime, 0);
  const end = input.endTime === undefined ? undefined : eventPosition(input.endTime + 1, 0);
  const found: Found[] = [];
  for (const stream of streams) {
    expireEvents(ctx, group, stream);
    let from = after && (start === undefined || after.p > start) ? after.p : start;
    let taken = 0;
    while (taken <= limit) {
      const rows = readEvents(ctx, groupName, stream, { from, to: end, limit: CHUNK });
      for (const { position, event } of rows) {
        if (after && (position < after.p || (position === after.p && stream <= after.s))) continue;
        if (!matches(event.m)) continue;
        found.push({ stream, position, event });
        if (++taken > limit) break;
      }
      if (rows.length < CHUNK) break;
      from = rows[rows.length - 1]!.position + ' ';
    }
  }
  found.sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : 0));
  const page = found.slice(0, limit);
  const output: { events: FilteredLogEvent[]; searchedLogStreams: never[]; nextToken?: string } = {
    events: page.map(({ stream, position, event }) => ({
      logStreamName: stream,
      timestamp: event.t,
      message: event.m,
      ingestionTime: event.i,
      eventId: eventId(stream, position),
    })),
    searchedLogStreams: [],
  };
  if (found.length > limit) {
    const last = page[page.length - 1]!;
    output.nextToken = encodeToken({ p: last.position, s: last.stream });
  }
  return output;
}

/** AWS event ids are long digit strings; Kumo's are the event's position and a digest of its stream. */
export function eventId(stream: string, position: string): string {
  const digest = createHash('sha1').update(stream).digest().readUInt32BE(0);
  return `${position}${String(digest).padStart(10, '0')}`;
}
