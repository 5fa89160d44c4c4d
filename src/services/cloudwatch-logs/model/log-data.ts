import type { OperationContext } from '../../define-service.js';
import type { Row } from '../../../store/types.js';
import { groupNotFound, streamNotFound } from '../errors.js';
import { eventPrefix, positionOfTime, retentionCutoff, streamKey, type LogEventRow, type LogGroup, type LogStream } from '../model.js';
import { eventsTable, groupsTable, streamsTable } from '../store.js';

export function requireGroup(ctx: OperationContext, name: string): LogGroup {
  const group = ctx.table(groupsTable).get(name);
  if (!group) throw groupNotFound();
  return group;
}

export function requireStream(ctx: OperationContext, group: string, name: string): LogStream {
  const stream = ctx.table(streamsTable).get(streamKey(group, name));
  if (!stream) throw streamNotFound();
  return stream;
}

/**
 * Deletes a stream's events older than the group's retention (on Kumo's clock), so expiry
 * is exact whenever anyone looks, without a sweeper walking every account and region.
 */
export function expireEvents(ctx: OperationContext, group: LogGroup, stream: string): void {
  const cutoff = retentionCutoff(group, ctx.clock.now());
  if (cutoff === undefined) return;
  const prefix = eventPrefix(group.name, stream);
  ctx.table(eventsTable).deleteRange({ start: prefix, end: prefix + positionOfTime(cutoff) });
}

export interface EventRange {
  /** Positions (see eventPosition): from (inclusive) and to (exclusive). */
  from?: string;
  to?: string;
  reverse?: boolean;
  limit: number;
}

/** A stream's events in a position range, oldest first unless reversed; positions beside them. */
export function readEvents(ctx: OperationContext, group: string, stream: string, range: EventRange): Array<{ position: string; event: LogEventRow }> {
  const prefix = eventPrefix(group, stream);
  const rows: Row<LogEventRow>[] = ctx.table(eventsTable).list({
    start: prefix + (range.from ?? ''),
    end: range.to === undefined ? prefix + '\uffff' : prefix + range.to,
    reverse: range.reverse,
    limit: range.limit,
  });
  return rows.map((row) => ({ position: row.key.slice(prefix.length), event: row.value }));
}
