import type { OperationContext } from '../../define-service.js';
import { compileExpressions, type ExpressionInput } from '../expressions/compile-expressions.js';
import { planDelete } from '../model/plan-write.js';
import { checkReturnValues } from '../model/return-values.js';
import { runSingleWrite } from '../model/single-write.js';
import { TableItems } from '../model/table-items.js';
import { requireTable } from '../model/tables.js';

export interface DeleteItemInput extends ExpressionInput {
  TableName?: string;
  Key?: Record<string, unknown>;
  ReturnValues?: string;
  ReturnConsumedCapacity?: string;
  ReturnValuesOnConditionCheckFailure?: string;
}

export function deleteItem(input: DeleteItemInput, ctx: OperationContext): Record<string, unknown> {
  const table = requireTable(ctx, input.TableName);
  const returnValues = checkReturnValues('DeleteItem', input.ReturnValues);
  const items = new TableItems(ctx, table);
  const key = items.readKey(input.Key);
  const { condition } = compileExpressions(input);
  return runSingleWrite(
    ctx,
    { tableName: table.name, returnValues, returnConsumedCapacity: input.ReturnConsumedCapacity, returnValuesOnConditionCheckFailure: input.ReturnValuesOnConditionCheckFailure },
    () => planDelete(items, key, condition),
  );
}
