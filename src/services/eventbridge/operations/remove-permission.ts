import type { OperationContext } from '../../define-service.js';
import { resourceNotFound, validation } from '../errors.js';
import { requireBus } from '../model/buses.js';
import { withoutStatement } from '../model/bus-policy.js';
import { busesTable } from '../store.js';

interface RemovePermissionInput {
  StatementId?: string;
  RemoveAllPermissions?: boolean;
  EventBusName?: string;
}

/** Removes one statement of the bus policy by its Sid, or (RemoveAllPermissions) the whole policy. */
export function removePermission(input: RemovePermissionInput, ctx: OperationContext) {
  const bus = requireBus(ctx, input.EventBusName);
  if (input.RemoveAllPermissions === true) {
    delete bus.policy;
  } else {
    if (input.StatementId === undefined) throw validation('Parameter StatementId must be specified.');
    if (!bus.policy) throw resourceNotFound('EventBus does not have a policy.');
    const next = withoutStatement(bus.policy, input.StatementId);
    if (next === undefined) throw resourceNotFound('Statement with the provided id does not exist.');
    if (next === '') delete bus.policy;
    else bus.policy = next;
  }
  bus.modifiedMs = ctx.clock.now();
  ctx.table(busesTable).put(bus.name, bus);
  return {};
}
