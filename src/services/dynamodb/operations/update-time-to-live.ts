import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { TableItems } from '../model/table-items.js';
import { requireTableNamed } from '../model/tables.js';
import { tablesTable } from '../store.js';

export interface UpdateTimeToLiveInput {
  TableName?: string;
  TimeToLiveSpecification?: { Enabled?: boolean; AttributeName?: string };
}

/** DynamoDB refuses a second TTL change within an hour. */
const CHANGE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Turns TTL on or off. Enabling indexes the existing items' expiry times in the same
 * transaction, so the sweep (workers.ts) finds them; the change applies at once.
 */
export function updateTimeToLive(input: UpdateTimeToLiveInput, ctx: OperationContext): Record<string, unknown> {
  const spec = input.TimeToLiveSpecification;
  if (spec === undefined) throw validation("1 validation error detected: Value null at 'timeToLiveSpecification' failed to satisfy constraint: Member must not be null");
  if (spec.Enabled === undefined) throw validation("1 validation error detected: Value null at 'timeToLiveSpecification.enabled' failed to satisfy constraint: Member must not be null");
  const name = spec.AttributeName;
  if (name === undefined) throw validation("1 validation error detected: Value null at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must not be null");
  if (name.length < 1 || name.length > 255) {
    throw validation(`1 validation error detected: Value '${name}' at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must have length ${name.length < 1 ? 'greater than or equal to 1' : 'less than or equal to 255'}`);
  }
  const now = ctx.clock.now();
  const table = structuredClone(requireTableNamed(ctx, input.TableName));
  const current = table.ttl;
  if (spec.Enabled && current?.enabled) throw validation('TimeToLive is already enabled');
  if (!spec.Enabled && !current?.enabled) throw validation('TimeToLive is already disabled');
  if (!spec.Enabled && current!.attributeName !== name) {
    throw validation(`TimeToLive attribute name ${name} does not match the current attribute name ${current!.attributeName}`);
  }
  if (current?.changedMs !== undefined && now - current.changedMs < CHANGE_INTERVAL_MS) {
    throw validation('Time to live has been modified multiple times within a fixed interval');
  }
  table.ttl = { attributeName: name, enabled: spec.Enabled, changedMs: now };
  ctx.store.transaction(() => {
    ctx.table(tablesTable).put(table.name, table);
    if (spec.Enabled) {
      const items = new TableItems(ctx, table);
      for (const row of items.items.list({ prefix: items.prefix })) items.trackExpiry(row.key, undefined, row.value.i);
    }
  });
  return { TimeToLiveSpecification: { Enabled: spec.Enabled, AttributeName: name } };
}
