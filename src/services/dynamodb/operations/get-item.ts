import type { OperationContext } from '../../define-service.js';
import { compileExpressions, type ExpressionInput } from '../expressions/compile-expressions.js';
import { projectItem } from '../expressions/project.js';
import { mapToWire } from '../model/attribute-value.js';
import { consumedCapacity, readUnits } from '../model/capacity.js';
import { itemSize } from '../model/item-size.js';
import { TableItems } from '../model/table-items.js';
import { requireTable } from '../model/tables.js';
import { chargeCapacity, checkThrottle } from '../model/throttle.js';

export interface GetItemInput extends ExpressionInput {
  TableName?: string;
  Key?: Record<string, unknown>;
  ConsistentRead?: boolean;
  ReturnConsumedCapacity?: string;
}

export function getItem(input: GetItemInput, ctx: OperationContext): Record<string, unknown> {
  const table = requireTable(ctx, input.TableName);
  const items = new TableItems(ctx, table);
  const key = items.readKey(input.Key);
  const { projection } = compileExpressions(input);
  checkThrottle(ctx, table, 'read');
  const item = items.get(items.storeKey(key));
  // Capacity is charged on the whole item, whatever the projection returns.
  const units = readUnits(item ? itemSize(item) : 0, input.ConsistentRead === true);
  chargeCapacity(ctx, table, 'read', { table: units, gsis: {}, lsis: {} });
  const capacity = consumedCapacity(input.ReturnConsumedCapacity, table.name, { table: units, gsis: {}, lsis: {} });
  return {
    ...(item ? { Item: mapToWire(projection ? projectItem(item, projection) : item) } : {}),
    ...(capacity ? { ConsumedCapacity: capacity } : {}),
  };
}
