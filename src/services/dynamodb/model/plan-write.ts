import { invalidParameter } from '../errors.js';
import type { Condition, UpdateAction } from '../expressions/ast.js';
import { applyUpdate } from '../expressions/apply-update.js';
import { evaluateCondition } from '../expressions/evaluate-condition.js';
import type { AttributeMap } from './attribute-value.js';
import type { Consumption } from './capacity.js';
import type { TableItems } from './table-items.js';

/** A condition that did not hold, with the item it was checked against. */
export class ConditionFailed extends Error {
  constructor(readonly item: AttributeMap | undefined) {
    super('The conditional request failed');
  }
}

/** A write decided but not yet applied: transactions plan every write before applying any. */
export interface PlannedWrite {
  items: TableItems;
  storeKey: string;
  old?: AttributeMap;
  /** The item after the write; undefined deletes (or, for a condition check, leaves alone). */
  next?: AttributeMap;
  /** ConditionCheck in a transaction: nothing is written. */
  checkOnly?: boolean;
  /** The top-level attribute paths an update touched, for UPDATED_OLD / UPDATED_NEW. */
  updated?: UpdateAction[];
}

function check(condition: Condition | undefined, old: AttributeMap | undefined): void {
  if (condition && !evaluateCondition(condition, old ?? {})) throw new ConditionFailed(old);
}

export function planPut(items: TableItems, item: AttributeMap, condition?: Condition): PlannedWrite {
  items.checkItem(item);
  const storeKey = items.storeKey(item);
  const old = items.get(storeKey);
  check(condition, old);
  return { items, storeKey, old, next: item };
}

export function planDelete(items: TableItems, key: AttributeMap, condition?: Condition): PlannedWrite {
  const storeKey = items.storeKey(key);
  const old = items.get(storeKey);
  check(condition, old);
  return { items, storeKey, old, next: undefined };
}

export function planCheck(items: TableItems, key: AttributeMap, condition: Condition): PlannedWrite {
  const storeKey = items.storeKey(key);
  const old = items.get(storeKey);
  check(condition, old);
  return { items, storeKey, old, next: old, checkOnly: true };
}

export function planUpdate(items: TableItems, key: AttributeMap, actions: UpdateAction[] | undefined, condition?: Condition): PlannedWrite {
  const keyNames = new Set(Object.keys(key));
  for (const action of actions ?? []) {
    const top = action.path[0] as string;
    if (keyNames.has(top)) throw invalidParameter(`Cannot update attribute ${top}. This attribute is part of the key`);
  }
  const storeKey = items.storeKey(key);
  const old = items.get(storeKey);
  check(condition, old);
  const next = applyUpdate(actions ?? [], old ?? { ...key });
  items.checkItem(next, true);
  return { items, storeKey, old, next, updated: actions ?? [] };
}

export function applyWrite(write: PlannedWrite): Consumption {
  if (write.checkOnly) return { table: 0, gsis: {}, lsis: {} };
  return write.items.write(write.storeKey, write.old, write.next);
}
