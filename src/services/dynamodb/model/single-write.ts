import type { OperationContext } from '../../define-service.js';
import { conditionalCheckFailed, validation } from '../errors.js';
import { mapToWire } from './attribute-value.js';
import { consumedCapacity } from './capacity.js';
import { applyWrite, ConditionFailed, type PlannedWrite } from './plan-write.js';
import { returnedAttributes } from './return-values.js';
import { requireTable } from './tables.js';
import { chargeCapacity, checkThrottle, throttlingEnabled } from './throttle.js';

export interface SingleWriteOptions {
  tableName: string;
  returnValues: string;
  returnConsumedCapacity?: string;
  returnValuesOnConditionCheckFailure?: string;
}

/**
 * PutItem, DeleteItem and UpdateItem: plan (read, check the condition, compute the new item)
 * and apply inside one store transaction, so no other write lands between check and write.
 */
export function runSingleWrite(ctx: OperationContext, options: SingleWriteOptions, plan: () => PlannedWrite): Record<string, unknown> {
  const onFailure = options.returnValuesOnConditionCheckFailure ?? 'NONE';
  if (onFailure !== 'NONE' && onFailure !== 'ALL_OLD') {
    throw validation(
      `1 validation error detected: Value '${onFailure}' at 'returnValuesOnConditionCheckFailure' failed to satisfy constraint: Member must satisfy enum value set: [ALL_OLD, NONE]`,
    );
  }
  const table = throttlingEnabled() ? requireTable(ctx, options.tableName) : undefined;
  if (table) checkThrottle(ctx, table, 'write');
  let write: PlannedWrite;
  let consumed;
  try {
    ({ write, consumed } = ctx.store.transaction(() => {
      const planned = plan();
      return { write: planned, consumed: applyWrite(planned) };
    }));
  } catch (error) {
    if (error instanceof ConditionFailed) throw conditionalCheckFailed(onFailure === 'ALL_OLD' ? error.item : undefined);
    throw error;
  }
  if (table) chargeCapacity(ctx, table, 'write', consumed);
  const attributes = returnedAttributes(options.returnValues, write);
  const capacity = consumedCapacity(options.returnConsumedCapacity, options.tableName, consumed);
  return {
    ...(attributes ? { Attributes: mapToWire(attributes) } : {}),
    ...(capacity ? { ConsumedCapacity: capacity } : {}),
  };
}
