import type { OperationContext } from '../../define-service.js';
import { busNotFound, ruleNotFound } from '../errors.js';
import { busesTable, ruleKey, rulesTable, type BusRow, type RuleRow } from '../store.js';
import { DEFAULT_BUS, parseBusName } from './names.js';

/** A bus of the request's account and region; the default bus exists in every one (made on first use). */
export function findBus(ctx: Pick<OperationContext, 'table' | 'clock'>, name: string): BusRow | undefined {
  const buses = ctx.table(busesTable);
  const row = buses.get(name);
  if (row || name !== DEFAULT_BUS) return row;
  const now = ctx.clock.now();
  const created: BusRow = { name: DEFAULT_BUS, createdMs: now, modifiedMs: now, tags: [] };
  buses.put(DEFAULT_BUS, created);
  return created;
}

export function requireBus(ctx: Pick<OperationContext, 'table' | 'clock'>, eventBusName: string | undefined): BusRow {
  const { name } = parseBusName(eventBusName);
  const bus = findBus(ctx, name);
  if (!bus) throw busNotFound(name);
  return bus;
}

export function requireRule(ctx: Pick<OperationContext, 'table' | 'clock'>, name: string, eventBusName: string | undefined): RuleRow {
  const bus = requireBus(ctx, eventBusName);
  const rule = ctx.table(rulesTable).get(ruleKey(bus.name, name));
  if (!rule) throw ruleNotFound(name, bus.name);
  return rule;
}
