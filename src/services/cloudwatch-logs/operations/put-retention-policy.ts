import type { OperationContext } from '../../define-service.js';
import { constraintViolation, invalidParameter } from '../errors.js';
import { RETENTION_DAYS } from '../model.js';
import { requireGroup } from '../model/log-data.js';
import { groupsTable } from '../store.js';

export function putRetentionPolicy(input: { logGroupName: string; retentionInDays: number }, ctx: OperationContext): Record<string, never> {
  if (!(RETENTION_DAYS as readonly number[]).includes(input.retentionInDays)) {
    throw constraintViolation(input.retentionInDays, 'retentionInDays', `Member must satisfy enum value set: [${RETENTION_DAYS.join(', ')}]`);
  }
  const group = requireGroup(ctx, input.logGroupName);
  if (group.logGroupClass === 'DELIVERY') throw invalidParameter('Retention policy cannot be changed for log groups of the DELIVERY class.');
  ctx.table(groupsTable).put(group.name, { ...group, retentionInDays: input.retentionInDays });
  return {};
}
