import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { addConsumption, consumedCapacity, emptyConsumption } from '../model/capacity.js';
import { applyWrite, planDelete, planPut, type PlannedWrite } from '../model/plan-write.js';
import { readAttributeMap } from '../model/read-attribute-value.js';
import { TableItems } from '../model/table-items.js';
import { requireTable } from '../model/tables.js';
import { tableInScope } from '../model/table-arn-scope.js';
import { chargeCapacity, isThrottled } from '../model/throttle.js';
import { provisionedThroughputExceeded } from '../errors.js';

interface WriteRequest {
  PutRequest?: { Item?: Record<string, unknown> };
  DeleteRequest?: { Key?: Record<string, unknown> };
}

const MAX_WRITES = 25;

/**
 * Puts and deletes up to 25 items across tables. With throttling on, writes to a provisioned table
 * whose second's budget is spent come back in UnprocessedItems; if none could be written, the
 * call fails with ProvisionedThroughputExceededException, as DynamoDB does.
 */
export function batchWriteItem(input: { RequestItems?: Record<string, WriteRequest[]>; ReturnConsumedCapacity?: string }, ctx: OperationContext): Record<string, unknown> {
  const requests = Object.entries(input.RequestItems ?? {});
  if (requests.length === 0) {
    throw validation("1 validation error detected: Value '{}' at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
  }
  const total = requests.reduce((n, [, r]) => n + r.length, 0);
  if (total > MAX_WRITES) throw validation('Too many items requested for the BatchWriteItem call');
  const capacities: unknown[] = [];
  const unprocessed: Record<string, WriteRequest[]> = {};
  ctx.store.transaction(() => {
    const plans = requests.map(([tableName, writes]) => {
      if (writes.length === 0) {
        throw validation(`1 validation error detected: Value '[]' at 'requestItems.${tableName}.member' failed to satisfy constraint: Member must have length greater than or equal to 1`);
      }
      // A key may be a table ARN, another account's included (one authorized per table).
      const scoped = tableInScope(ctx, tableName);
      const items = new TableItems(scoped.ctx, requireTable(scoped.ctx, scoped.name));
      const planned: PlannedWrite[] = writes.map((w) => {
        if ((w.PutRequest === undefined) === (w.DeleteRequest === undefined)) {
          throw validation('Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes');
        }
        return w.PutRequest ? planPut(items, readAttributeMap(w.PutRequest.Item)) : planDelete(items, items.readKey(w.DeleteRequest!.Key));
      });
      if (new Set(planned.map((p) => p.storeKey)).size !== planned.length) throw validation('Provided list of item keys contains duplicates');
      return { tableName, ctx: scoped.ctx, planned, writes, table: items.table };
    });
    let applied = 0;
    for (const { tableName, ctx: tableCtx, planned, writes, table } of plans) {
      const consumption = emptyConsumption();
      planned.forEach((write, i) => {
        if (isThrottled(tableCtx, table, 'write')) {
          (unprocessed[tableName] ??= []).push(writes[i]!);
          return;
        }
        const consumed = applyWrite(write);
        chargeCapacity(tableCtx, table, 'write', consumed);
        addConsumption(consumption, consumed);
        applied++;
      });
      const capacity = consumedCapacity(input.ReturnConsumedCapacity, tableName, consumption);
      if (capacity) capacities.push(capacity);
    }
    if (applied === 0) throw provisionedThroughputExceeded();
  });
  return { UnprocessedItems: unprocessed, ...(capacities.length > 0 ? { ConsumedCapacity: capacities } : {}) };
}
