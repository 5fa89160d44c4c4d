import type { OperationContext } from '../../define-service.js';
import { eventPrefix, streamKey } from '../model.js';
import { requireGroup, requireStream } from '../model/log-data.js';
import { eventsTable, streamsTable } from '../store.js';

export function deleteLogStream(input: { logGroupName: string; logStreamName: string }, ctx: OperationContext): Record<string, never> {
  requireGroup(ctx, input.logGroupName);
  requireStream(ctx, input.logGroupName, input.logStreamName);
  ctx.store.transaction(() => {
    ctx.table(eventsTable).deleteRange({ prefix: eventPrefix(input.logGroupName, input.logStreamName) });
    ctx.table(streamsTable).delete(streamKey(input.logGroupName, input.logStreamName));
  });
  return {};
}
