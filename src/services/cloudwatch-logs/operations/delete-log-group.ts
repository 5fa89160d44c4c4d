import type { OperationContext } from '../../define-service.js';
import { eventPrefix } from '../model.js';
import { requireGroup } from '../model/log-data.js';
import { eventsTable, groupsTable, streamsTable } from '../store.js';

export function deleteLogGroup(input: { logGroupName: string }, ctx: OperationContext): Record<string, never> {
  requireGroup(ctx, input.logGroupName);
  const prefix = eventPrefix(input.logGroupName);
  ctx.store.transaction(() => {
    ctx.table(eventsTable).deleteRange({ prefix });
    ctx.table(streamsTable).deleteRange({ prefix });
    ctx.table(groupsTable).delete(input.logGroupName);
  });
  return {};
}
