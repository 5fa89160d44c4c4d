import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { compileExpressions } from '../expressions/compile-expressions.js';
import { projectItem } from '../expressions/project.js';
import { mapToWire } from '../model/attribute-value.js';
import { addConsumption, consumedCapacity, emptyConsumption, readUnits, type Consumption } from '../model/capacity.js';
import { itemSize } from '../model/item-size.js';
import { TableItems } from '../model/table-items.js';
import { requireTable } from '../model/tables.js';
import { tableInScope } from '../model/table-arn-scope.js';
import { chargeCapacity, throttledBy, throttleReason } from '../model/throttle.js';
import { transactionCanceled } from '../errors.js';

interface Get {
  TableName?: string;
  Key?: Record<string, unknown>;
  ProjectionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
}

/** Up to 100 reads from one snapshot (one store transaction); each costs two strongly consistent reads. */
export function transactGetItems(input: { TransactItems?: Array<{ Get?: Get }>; ReturnConsumedCapacity?: string }, ctx: OperationContext): Record<string, unknown> {
  const entries = input.TransactItems ?? [];
  if (entries.length === 0 || entries.length > 100) {
    throw validation(`1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length ${entries.length === 0 ? 'greater than or equal to 1' : 'less than or equal to 100'}`);
  }
  const gets = entries.map((entry) => {
    const get = entry.Get;
    if (!get) throw validation("1 validation error detected: Value null at 'transactItems.1.member.get' failed to satisfy constraint: Member must not be null");
    const scoped = tableInScope(ctx, get.TableName);
    const items = new TableItems(scoped.ctx, requireTable(scoped.ctx, scoped.name));
    const { projection } = compileExpressions(get);
    return { ctx: scoped.ctx, items, storeKey: items.storeKey(items.readKey(get.Key)), projection };
  });
  // Tables are told apart by ARN: TableName may name another account's table.
  const keys = gets.map((g) => `${g.items.table.arn}\u0000${g.storeKey}`);
  if (new Set(keys).size !== keys.length) throw validation('Transaction request cannot include multiple operations on one item');
  const throttled = gets.map((g) => throttledBy(g.ctx, g.items.table, 'read'));
  if (throttled.some((t) => t !== undefined)) throw transactionCanceled(throttled.map((t) => (t ? throttleReason(t) : { Code: 'None' })));
  return ctx.store.transaction(() => {
    const perTable = new Map<string, Consumption>();
    const responses = gets.map((g) => {
      const item = g.items.get(g.storeKey);
      const name = g.items.table.arn;
      addConsumption(perTable.get(name) ?? perTable.set(name, emptyConsumption()).get(name)!, { table: readUnits(item ? itemSize(item) : 0, true), gsis: {}, lsis: {} }, 2);
      return item ? { Item: mapToWire(g.projection ? projectItem(item, g.projection) : item) } : {};
    });
    const tables = new Map(gets.map((g) => [g.items.table.arn, g]));
    for (const [arn, c] of perTable) chargeCapacity(tables.get(arn)!.ctx, tables.get(arn)!.items.table, 'read', c);
    const capacities = [...perTable].map(([arn, c]) => consumedCapacity(input.ReturnConsumedCapacity, tables.get(arn)!.items.table.name, c)).filter((c) => c !== undefined);
    return { Responses: responses, ...(capacities.length > 0 ? { ConsumedCapacity: capacities } : {}) };
  });
}
