import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { compileExpressions } from '../expressions/compile-expressions.js';
import { projectItem } from '../expressions/project.js';
import { mapToWire } from '../model/attribute-value.js';
import { addConsumption, consumedCapacity, emptyConsumption, readUnits } from '../model/capacity.js';
import { itemSize } from '../model/item-size.js';
import { TableItems } from '../model/table-items.js';
import { requireTable } from '../model/tables.js';
import { tableInScope } from '../model/table-arn-scope.js';
import { chargeCapacity, isThrottled } from '../model/throttle.js';
import { provisionedThroughputExceeded } from '../errors.js';

interface KeysAndAttributes {
  Keys?: Array<Record<string, unknown>>;
  ConsistentRead?: boolean;
  ProjectionExpression?: string;
  AttributesToGet?: string[];
  ExpressionAttributeNames?: Record<string, string>;
}

const MAX_KEYS = 100;

/**
 * Reads up to 100 items across tables. With throttling on, keys of a provisioned table whose
 * second's read budget is spent come back in UnprocessedKeys (with the request's other members);
 * if none could be read, the call fails with ProvisionedThroughputExceededException.
 */
export function batchGetItem(input: { RequestItems?: Record<string, KeysAndAttributes>; ReturnConsumedCapacity?: string }, ctx: OperationContext): Record<string, unknown> {
  const requests = Object.entries(input.RequestItems ?? {});
  if (requests.length === 0) {
    throw validation("1 validation error detected: Value '{}' at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
  }
  const total = requests.reduce((n, [, r]) => n + (r.Keys?.length ?? 0), 0);
  if (total > MAX_KEYS) throw validation('Too many items requested for the BatchGetItem call');
  const plans = requests.map(([tableName, request]) => {
    if (!request.Keys || request.Keys.length === 0) {
      throw validation(`1 validation error detected: Value '[]' at 'requestItems.${tableName}.member.keys' failed to satisfy constraint: Member must have length greater than or equal to 1`);
    }
    const { projection } = compileExpressions(request);
    // A key may be a table ARN, another account's included (one authorized per table).
    const scoped = tableInScope(ctx, tableName);
    const items = new TableItems(scoped.ctx, requireTable(scoped.ctx, scoped.name));
    const storeKeys = request.Keys.map((k) => items.storeKey(items.readKey(k)));
    if (new Set(storeKeys).size !== storeKeys.length) throw validation('Provided list of item keys contains duplicates');
    return { tableName, ctx: scoped.ctx, request, items, storeKeys, projection, consistent: request.ConsistentRead === true };
  });
  const responses: Record<string, unknown[]> = {};
  const capacities: unknown[] = [];
  const unprocessed: Record<string, KeysAndAttributes> = {};
  let read = 0;
  for (const plan of plans) {
    const found: unknown[] = [];
    const consumption = emptyConsumption();
    plan.storeKeys.forEach((storeKey, i) => {
      if (isThrottled(plan.ctx, plan.items.table, 'read')) {
        (unprocessed[plan.tableName] ??= { ...plan.request, Keys: [] }).Keys!.push(plan.request.Keys![i]!);
        return;
      }
      read++;
      const item = plan.items.get(storeKey);
      const units = { table: readUnits(item ? itemSize(item) : 0, plan.consistent), gsis: {}, lsis: {} };
      chargeCapacity(plan.ctx, plan.items.table, 'read', units);
      addConsumption(consumption, units);
      if (item) found.push(mapToWire(plan.projection ? projectItem(item, plan.projection) : item));
    });
    responses[plan.tableName] = found;
    const capacity = consumedCapacity(input.ReturnConsumedCapacity, plan.tableName, consumption);
    if (capacity) capacities.push(capacity);
  }
  if (read === 0) throw provisionedThroughputExceeded();
  return { Responses: responses, UnprocessedKeys: unprocessed, ...(capacities.length > 0 ? { ConsumedCapacity: capacities } : {}) };
}
