import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { compileExpressions } from '../expressions/compile-expressions.js';
import { projectItem } from '../expressions/project.js';
import { mapToWire } from '../model/attribute-value.js';
import { addConsumption, consumedCapacity, emptyConsumption, readUnits } from '../model/capacity.js';
import { itemSize } from '../model/item-size.js';
import { TableItems } from '../model/table-items.js';
import { requireTable } from '../model/tables.js';

interface KeysAndAttributes {
  Keys?: Array<Record<string, unknown>>;
  ConsistentRead?: boolean;
  ProjectionExpression?: string;
  AttributesToGet?: string[];
  ExpressionAttributeNames?: Record<string, string>;
}

const MAX_KEYS = 100;

/** Reads up to 100 items across tables. Kumo reads them all, so UnprocessedKeys is always empty. */
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
    const items = new TableItems(ctx, requireTable(ctx, tableName));
    const storeKeys = request.Keys.map((k) => items.storeKey(items.readKey(k)));
    if (new Set(storeKeys).size !== storeKeys.length) throw validation('Provided list of item keys contains duplicates');
    return { tableName, items, storeKeys, projection, consistent: request.ConsistentRead === true };
  });
  const responses: Record<string, unknown[]> = {};
  const capacities: unknown[] = [];
  for (const plan of plans) {
    const found: unknown[] = [];
    const consumption = emptyConsumption();
    for (const storeKey of plan.storeKeys) {
      const item = plan.items.get(storeKey);
      addConsumption(consumption, { table: readUnits(item ? itemSize(item) : 0, plan.consistent), gsis: {}, lsis: {} });
      if (item) found.push(mapToWire(plan.projection ? projectItem(item, plan.projection) : item));
    }
    responses[plan.tableName] = found;
    const capacity = consumedCapacity(input.ReturnConsumedCapacity, plan.tableName, consumption);
    if (capacity) capacities.push(capacity);
  }
  return { Responses: responses, UnprocessedKeys: {}, ...(capacities.length > 0 ? { ConsumedCapacity: capacities } : {}) };
}
