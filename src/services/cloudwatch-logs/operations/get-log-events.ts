import type { OperationContext } from '../../define-service.js';
import { invalidToken } from '../errors.js';
import { eventPosition, groupNameFrom, validateLimit } from '../model.js';
import { expireEvents, readEvents, requireGroup, requireStream } from '../model/log-data.js';

export interface GetLogEventsInput {
  logGroupName?: string;
  logGroupIdentifier?: string;
  logStreamName: string;
  startTime?: number;
  endTime?: number;
  nextToken?: string;
  limit?: number;
  startFromHead?: boolean;
  unmask?: boolean;
}

export interface OutputLogEvent {
  timestamp: number;
  message: string;
  ingestionTime: number;
}

export interface GetLogEventsOutput {
  events: OutputLogEvent[];
  nextForwardToken: string;
  nextBackwardToken: string;
}

const MAX_LIMIT = 10_000;
const MAX_BYTES = 1_048_576;
const POSITION = /^[fb]\/\d{27}$/;

/**
 * Reads one stream. Tokens are positions: `f/P` continues forward from P (inclusive), `b/P`
 * backward from before P. At either end the same token comes back, which is how clients
 * (the CLI's paginator, `aws logs get-log-events`) know to stop.
 */
export function getLogEvents(input: GetLogEventsInput, ctx: OperationContext): GetLogEventsOutput {
  const groupName = groupNameFrom(input);
  validateLimit(input.limit, MAX_LIMIT);
  const group = requireGroup(ctx, groupName);
  requireStream(ctx, groupName, input.logStreamName);
  if (input.nextToken !== undefined && !POSITION.test(input.nextToken)) throw invalidToken();
  expireEvents(ctx, group, input.logStreamName);

  let from = input.startTime === undefined ? undefined : eventPosition(input.startTime, 0);
  let to = input.endTime === undefined ? undefined : eventPosition(input.endTime, 0);
  let forward = input.startFromHead === true;
  if (input.nextToken !== undefined) {
    const position = input.nextToken.slice(2);
    forward = input.nextToken.startsWith('f/');
    if (forward) from = from === undefined || position > from ? position : from;
    else to = to === undefined || position < to ? position : to;
  }
  const limit = input.limit ?? MAX_LIMIT;
  const found = readEvents(ctx, groupName, input.logStreamName, { from, to, reverse: !forward, limit });
  if (!forward) found.reverse();
  // A response stays under 1 MB: drop from the far end of the reading direction.
  let bytes = 0;
  let kept = forward ? 0 : found.length;
  if (forward) {
    while (kept < found.length && (bytes += Buffer.byteLength(found[kept]!.event.m) + 26) <= MAX_BYTES) kept++;
  } else {
    while (kept > 0 && (bytes += Buffer.byteLength(found[kept - 1]!.event.m) + 26) <= MAX_BYTES) kept--;
  }
  const page = forward ? found.slice(0, kept) : found.slice(kept);
  const events = page.map(({ event }) => ({ timestamp: event.t, message: event.m, ingestionTime: event.i }));
  if (page.length === 0) {
    const here = input.nextToken?.slice(2) ?? (forward ? from : to) ?? eventPosition(forward ? 0 : ctx.clock.now() + 1, 0);
    return { events, nextForwardToken: input.nextToken?.startsWith('f/') ? input.nextToken : `f/${here}`, nextBackwardToken: input.nextToken?.startsWith('b/') ? input.nextToken : `b/${here}` };
  }
  return {
    events,
    nextForwardToken: `f/${successor(page[page.length - 1]!.position)}`,
    nextBackwardToken: `b/${page[0]!.position}`,
  };
}

/** The position right after one: the 27-digit number plus one. */
function successor(position: string): string {
  return (BigInt(position) + 1n).toString().padStart(27, '0');
}
