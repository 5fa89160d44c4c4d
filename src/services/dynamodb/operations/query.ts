import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { compileExpressions, type ExpressionInput } from '../expressions/compile-expressions.js';
import { keyConditionRange } from '../model/key-condition.js';
import { checkLimit, readPage, resolveSelect, type ReadSource } from '../model/read-pages.js';
import { TableItems } from '../model/table-items.js';
import { findIndex, hashKeyOf, keyType, rangeKeyOf, requireTable } from '../model/tables.js';

export interface QueryInput extends ExpressionInput {
  TableName?: string;
  IndexName?: string;
  Select?: string;
  Limit?: number;
  ConsistentRead?: boolean;
  ScanIndexForward?: boolean;
  ExclusiveStartKey?: Record<string, unknown>;
  ReturnConsumedCapacity?: string;
}

/** Reads one partition (of the table or an index) as a key range, in sort key order. */
export function query(input: QueryInput, ctx: OperationContext): Record<string, unknown> {
  checkLimit(input.Limit);
  const compiled = compileExpressions(input);
  const table = requireTable(ctx, input.TableName);
  const source = readSource(ctx, table, input.IndexName, input.ConsistentRead);
  if (!compiled.keyCondition) throw validation('Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.');
  const schema = source.index?.record.keySchema ?? table.keySchema;
  const prefix = source.index ? `${table.name}/${source.index.record.name}/` : `${table.name}/`;
  const range = keyConditionRange(compiled.keyCondition, prefix, hashKeyOf(schema), rangeKeyOf(schema), (name) => keyType(table, name));
  const select = resolveSelect(input.Select, compiled.projection !== undefined, source, input.AttributesToGet !== undefined);
  return readPage({
    source,
    range,
    forward: input.ScanIndexForward !== false,
    limit: input.Limit,
    exclusiveStartKey: input.ExclusiveStartKey,
    filter: compiled.filter,
    projection: compiled.projection,
    select,
    consistent: input.ConsistentRead === true,
    returnConsumedCapacity: input.ReturnConsumedCapacity,
  });
}

export function readSource(ctx: OperationContext, table: ReturnType<typeof requireTable>, indexName: string | undefined, consistent: boolean | undefined): ReadSource {
  const items = new TableItems(ctx, table);
  if (indexName === undefined) return { items };
  const found = findIndex(table, indexName);
  if (!found) throw validation(`The table does not have the specified index: ${indexName}`);
  if (found.kind === 'global' && consistent === true) throw validation('Consistent reads are not supported on global secondary indexes');
  return { items, index: { record: found.index, kind: found.kind } };
}
