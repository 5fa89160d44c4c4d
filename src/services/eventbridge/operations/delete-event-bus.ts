import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { checkBusName, DEFAULT_BUS } from '../model/names.js';
import { busesTable, busRulesPrefix, rulesTable } from '../store.js';

/** Deleting a bus deletes its rules; an absent bus is a success, the default bus is refused. */
export function deleteEventBus(input: { Name?: string }, ctx: OperationContext) {
  const name = checkBusName(input.Name);
  if (name === DEFAULT_BUS) throw validation('Cannot delete event bus default.');
  ctx.store.transaction(() => {
    if (ctx.table(busesTable).delete(name)) ctx.table(rulesTable).deleteRange({ prefix: busRulesPrefix(name) });
  });
  return {};
}
