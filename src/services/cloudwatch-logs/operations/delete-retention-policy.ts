import type { OperationContext } from '../../define-service.js';
import { requireGroup } from '../model/log-data.js';
import { groupsTable } from '../store.js';

export function deleteRetentionPolicy(input: { logGroupName: string }, ctx: OperationContext): Record<string, never> {
  const group = requireGroup(ctx, input.logGroupName);
  const { retentionInDays: _dropped, ...kept } = group;
  ctx.table(groupsTable).put(group.name, kept);
  return {};
}
