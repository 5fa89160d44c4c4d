import type { OperationContext } from '../../define-service.js';
import { constraintViolation, invalidParameter } from '../errors.js';
import { DAY_MS, EVENT_OVERHEAD, eventKey, eventPosition, retentionCutoff, streamKey, utf8Length, validateGroupName, validateStreamName } from '../model.js';
import { expireEvents, requireGroup, requireStream } from '../model/log-data.js';
import { eventsTable, streamsTable } from '../store.js';
import { sequenceToken } from './describe-log-streams.js';
import { eventId } from './filter-log-events.js';
import { deliverToFilters, type StoredEvent } from '../model/deliver-filters.js';

export interface InputLogEvent {
  timestamp: number;
  message: string;
}

export interface PutLogEventsInput {
  logGroupName: string;
  logStreamName: string;
  logEvents: InputLogEvent[];
  sequenceToken?: string;
}

export interface RejectedLogEventsInfo {
  tooNewLogEventStartIndex?: number;
  tooOldLogEventEndIndex?: number;
  expiredLogEventEndIndex?: number;
}

export interface PutLogEventsOutput {
  nextSequenceToken: string;
  rejectedLogEventsInfo?: RejectedLogEventsInfo;
}

const MAX_EVENTS = 10_000;
const MAX_BATCH_BYTES = 1_048_576;
const MAX_EVENT_BYTES = 1_048_576 - EVENT_OVERHEAD;
const FUTURE_MS = 2 * 3_600_000;
const PAST_MS = 14 * DAY_MS;

/**
 * Stores a batch. As on AWS since 2023 the sequence token is ignored; events too new (more
 * than 2 h ahead), too old (over 14 days) or past the group's retention are skipped and named
 * in rejectedLogEventsInfo, while order, size and the 24-hour span fail the whole batch.
 */
export async function putLogEvents(input: PutLogEventsInput, ctx: OperationContext): Promise<PutLogEventsOutput> {
  validateGroupName(input.logGroupName);
  validateStreamName(input.logStreamName);
  const events = input.logEvents;
  if (events.length < 1) throw constraintViolation('[]', 'logEvents', 'Member must have length greater than or equal to 1');
  if (events.length > MAX_EVENTS) throw constraintViolation('[...]', 'logEvents', `Member must have length less than or equal to ${MAX_EVENTS}`);
  let bytes = 0;
  for (let i = 0; i < events.length; i++) {
    const size = utf8Length(events[i]!.message);
    if (size > MAX_EVENT_BYTES) throw invalidParameter(`Log event too large: ${size} bytes exceeds limit of ${MAX_EVENT_BYTES}`);
    bytes += size + EVENT_OVERHEAD;
    if (i > 0 && events[i]!.timestamp < events[i - 1]!.timestamp) {
      throw invalidParameter('Log events in a single PutLogEvents request must be in chronological order.');
    }
  }
  if (bytes > MAX_BATCH_BYTES) throw invalidParameter(`Upload too large: ${bytes} bytes exceeds limit of ${MAX_BATCH_BYTES}`);
  if (events[events.length - 1]!.timestamp - events[0]!.timestamp > DAY_MS) {
    throw invalidParameter('The batch of log events in a single PutLogEvents request cannot span more than 24 hours.');
  }
  const group = requireGroup(ctx, input.logGroupName);
  const stream = requireStream(ctx, input.logGroupName, input.logStreamName);

  const now = ctx.clock.now();
  const cutoff = retentionCutoff(group, now);
  const rejected: RejectedLogEventsInfo = {};
  const accepted: InputLogEvent[] = [];
  events.forEach((event, index) => {
    // Events are sorted, so "too old" and "expired" are prefixes and "too new" a suffix.
    if (event.timestamp > now + FUTURE_MS) rejected.tooNewLogEventStartIndex ??= index;
    else if (event.timestamp < now - PAST_MS) rejected.tooOldLogEventEndIndex = index;
    else if (cutoff !== undefined && event.timestamp < cutoff) rejected.expiredLogEventEndIndex = index;
    else accepted.push(event);
  });

  const stored: StoredEvent[] = [];
  ctx.store.transaction(() => {
    expireEvents(ctx, group, input.logStreamName);
    const table = ctx.table(eventsTable);
    for (const event of accepted) {
      const position = eventPosition(event.timestamp, stream.seq);
      table.put(eventKey(input.logGroupName, input.logStreamName, position), { t: event.timestamp, m: event.message, i: now });
      stored.push({ id: eventId(input.logStreamName, position), timestamp: event.timestamp, message: event.message });
      stream.seq++;
      stream.storedBytes += utf8Length(event.message);
      stream.firstEventTimestamp = Math.min(stream.firstEventTimestamp ?? event.timestamp, event.timestamp);
      stream.lastEventTimestamp = Math.max(stream.lastEventTimestamp ?? event.timestamp, event.timestamp);
    }
    if (accepted.length > 0) stream.lastIngestionTime = now;
    ctx.table(streamsTable).put(streamKey(input.logGroupName, input.logStreamName), stream);
  });
  await deliverToFilters(ctx, input.logGroupName, input.logStreamName, stored);
  const output: PutLogEventsOutput = { nextSequenceToken: sequenceToken(stream.seq) };
  if (Object.keys(rejected).length > 0) output.rejectedLogEventsInfo = rejected;
  return output;
}
