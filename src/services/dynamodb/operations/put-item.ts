import type { OperationContext } from '../../define-service.js';
import { compileExpressions, type ExpressionInput } from '../expressions/compile-expressions.js';
import { validation } from '../errors.js';
import { planPut } from '../model/plan-write.js';
import { readAttributeMap } from '../model/read-attribute-value.js';
import { checkReturnValues } from '../model/return-values.js';
import { runSingleWrite } from '../model/single-write.js';
import { TableItems } from '../model/table-items.js';
import { requireTable } from '../model/tables.js';

export interface PutItemInput extends ExpressionInput {
  TableName?: string;
  Item?: Record<string, unknown>;
  ReturnValues?: string;
  ReturnConsumedCapacity?: string;
  ReturnItemCollectionMetrics?: string;
  ReturnValuesOnConditionCheckFailure?: string;
}

export function putItem(input: PutItemInput, ctx: OperationContext): Record<string, unknown> {
  const table = requireTable(ctx, input.TableName);
  if (input.Item === undefined) throw validation("1 validation error detected: Value null at 'item' failed to satisfy constraint: Member must not be null");
  const returnValues = checkReturnValues('PutItem', input.ReturnValues);
  const item = readAttributeMap(input.Item);
  const { condition } = compileExpressions(input);
  const items = new TableItems(ctx, table);
  return runSingleWrite(
    ctx,
    { tableName: table.name, returnValues, returnConsumedCapacity: input.ReturnConsumedCapacity, returnValuesOnConditionCheckFailure: input.ReturnValuesOnConditionCheckFailure },
    () => planPut(items, item, condition),
  );
}
