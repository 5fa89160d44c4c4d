import type { OperationContext } from '../../define-service.js';
import { compileExpressions, type ExpressionInput } from '../expressions/compile-expressions.js';
import { planUpdate } from '../model/plan-write.js';
import { checkReturnValues } from '../model/return-values.js';
import { runSingleWrite } from '../model/single-write.js';
import { TableItems } from '../model/table-items.js';
import { requireTable } from '../model/tables.js';

export interface UpdateItemInput extends ExpressionInput {
  TableName?: string;
  Key?: Record<string, unknown>;
  ReturnValues?: string;
  ReturnConsumedCapacity?: string;
  ReturnValuesOnConditionCheckFailure?: string;
}

/** Updates (or creates, from its key) one item; without an update expression it only ensures the item exists. */
export function updateItem(input: UpdateItemInput, ctx: OperationContext): Record<string, unknown> {
  const table = requireTable(ctx, input.TableName);
  const returnValues = checkReturnValues('UpdateItem', input.ReturnValues);
  const items = new TableItems(ctx, table);
  const key = items.readKey(input.Key);
  const { condition, update } = compileExpressions(input);
  return runSingleWrite(
    ctx,
    { tableName: table.name, returnValues, returnConsumedCapacity: input.ReturnConsumedCapacity, returnValuesOnConditionCheckFailure: input.ReturnValuesOnConditionCheckFailure },
    () => planUpdate(items, key, update, condition),
  );
}
