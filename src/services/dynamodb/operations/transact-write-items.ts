import { createHash } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { isAwsError } from '../../../shared/aws-error.js';
import { idempotentParameterMismatch, transactionCanceled, validation, type CancellationReason } from '../errors.js';
import { compileExpressions, type ExpressionInput } from '../expressions/compile-expressions.js';
import { addConsumption, consumedCapacity, emptyConsumption, type Consumption } from '../model/capacity.js';
import { applyWrite, ConditionFailed, planCheck, planDelete, planPut, planUpdate, type PlannedWrite } from '../model/plan-write.js';
import { readAttributeMap } from '../model/read-attribute-value.js';
import { TableItems } from '../model/table-items.js';
import { requireTable } from '../model/tables.js';
import { tableInScope } from '../model/table-arn-scope.js';
import { chargeCapacity, throttledBy, throttleReason } from '../model/throttle.js';
import { transactionTokensTable } from '../store.js';

interface Operation extends ExpressionInput {
  TableName?: string;
  Key?: Record<string, unknown>;
  Item?: Record<string, unknown>;
  ReturnValuesOnConditionCheckFailure?: string;
}

interface TransactWriteItem {
  ConditionCheck?: Operation;
  Put?: Operation;
  Delete?: Operation;
  Update?: Operation;
}

export interface TransactWriteItemsInput {
  TransactItems?: TransactWriteItem[];
  ClientRequestToken?: string;
  ReturnConsumedCapacity?: string;
  ReturnItemCollectionMetrics?: string;
}

const TOKEN_WINDOW_MS = 10 * 60 * 1000;

/** One prepared action: parsed and keyed up front, so malformed requests fail before anything is checked. */
interface Prepared {
  kind: 'ConditionCheck' | 'Put' | 'Delete' | 'Update';
  op: Operation;
  /** The table owner's context (TableName may be another account's table ARN). */
  ctx: OperationContext;
  items: TableItems;
  plan: () => PlannedWrite;
  storeKey: string;
}

function prepare(ctx: OperationContext, entry: TransactWriteItem): Prepared {
  const kinds = (['ConditionCheck', 'Put', 'Delete', 'Update'] as const).filter((k) => entry[k] !== undefined);
  if (kinds.length !== 1) throw validation('TransactItems can only contain one of Check, Put, Update or Delete');
  const kind = kinds[0]!;
  const op = entry[kind]!;
  const scoped = tableInScope(ctx, op.TableName);
  ctx = scoped.ctx;
  const items = new TableItems(ctx, requireTable(ctx, scoped.name));
  const compiled = compileExpressions(op);
  if (kind === 'Put') {
    const item = readAttributeMap(op.Item);
    return { kind, op, ctx, items, storeKey: items.storeKey(item), plan: () => planPut(items, item, compiled.condition) };
  }
  const key = items.readKey(op.Key);
  const storeKey = items.storeKey(key);
  if (kind === 'ConditionCheck') {
    if (!compiled.condition) throw validation('The ConditionExpression parameter is required for ConditionCheck');
    return { kind, op, ctx, items, storeKey, plan: () => planCheck(items, key, compiled.condition!) };
  }
  if (kind === 'Delete') return { kind, op, ctx, items, storeKey, plan: () => planDelete(items, key, compiled.condition) };
  return { kind, op, ctx, items, storeKey, plan: () => planUpdate(items, key, compiled.update, compiled.condition) };
}

/**
 * All-or-nothing writes: every action is planned (conditions checked) before any is applied,
 * in one store transaction. A failed condition cancels all, with one reason per action in order.
 */
export function transactWriteItems(input: TransactWriteItemsInput, ctx: OperationContext): Record<string, unknown> {
  const entries = input.TransactItems ?? [];
  if (entries.length === 0 || entries.length > 100) {
    throw validation(`1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length ${entries.length === 0 ? 'greater than or equal to 1' : 'less than or equal to 100'}`);
  }
  const tokens = ctx.table(transactionTokensTable);
  const now = ctx.clock.now();
  const token = input.ClientRequestToken;
  const { ClientRequestToken: _omit, ...rest } = input;
  const fingerprint = createHash('sha256').update(JSON.stringify(rest)).digest('hex');
  if (token !== undefined) {
    const previous = tokens.get(token);
    if (previous && now - previous.atMs < TOKEN_WINDOW_MS) {
      if (previous.fingerprint !== fingerprint) throw idempotentParameterMismatch();
      return previous.output as Record<string, unknown>;
    }
  }
  const prepared = entries.map((e) => prepare(ctx, e));
  const keys = prepared.map((p) => `${p.items.table.arn}\u0000${p.storeKey}`);
  if (new Set(keys).size !== keys.length) throw validation('Transaction request cannot include multiple operations on one item');
  // Under KUMO_DYNAMODB_THROTTLE=1 a spent table or GSI write budget cancels the transaction.
  const throttled = prepared.map((p) => throttledBy(p.ctx, p.items.table, 'write'));
  if (throttled.some((t) => t !== undefined)) throw transactionCanceled(throttled.map((t) => (t ? throttleReason(t) : { Code: 'None' })));

  const output = ctx.store.transaction(() => {
    const reasons: CancellationReason[] = [];
    const plans: PlannedWrite[] = [];
    let failed = false;
    for (const p of prepared) {
      try {
        plans.push(p.plan());
        reasons.push({ Code: 'None' });
      } catch (error) {
        failed = true;
        if (error instanceof ConditionFailed) {
          const withItem = p.op.ReturnValuesOnConditionCheckFailure === 'ALL_OLD' && error.item;
          reasons.push({ Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', ...(withItem ? { Item: error.item } : {}) });
        } else if (isAwsError(error) && error.code === 'ValidationException') {
          reasons.push({ Code: 'ValidationError', Message: error.message });
        } else {
          throw error;
        }
      }
    }
    if (failed) throw transactionCanceled(reasons);
    const perTable = new Map<string, Consumption>();
    // Keyed by ARN: two accounts' tables may share a name.
    const tables = new Map(prepared.map((p) => [p.items.table.arn, p]));
    for (const plan of plans) {
      const name = plan.items.table.arn;
      // Transactional writes cost twice a standard write.
      const units = applyWrite(plan);
      if (plan.checkOnly) units.table = 1;
      addConsumption(perTable.get(name) ?? perTable.set(name, emptyConsumption()).get(name)!, units, 2);
    }
    for (const [arn, c] of perTable) chargeCapacity(tables.get(arn)!.ctx, tables.get(arn)!.items.table, 'write', c);
    const capacities = [...perTable].map(([arn, c]) => consumedCapacity(input.ReturnConsumedCapacity, tables.get(arn)!.items.table.name, c)).filter((c) => c !== undefined);
    const result = capacities.length > 0 ? { ConsumedCapacity: capacities } : {};
    if (token !== undefined) tokens.put(token, { fingerprint, atMs: now, output: result });
    return result;
  });
  return output;
}
