import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { compileExpressions, type ExpressionInput } from '../expressions/compile-expressions.js';
import { segmentStart } from '../model/key-encoding.js';
import { checkLimit, readPage, resolveSelect } from '../model/read-pages.js';
import { requireTable } from '../model/tables.js';
import { readSource } from './query.js';

export interface ScanInput extends ExpressionInput {
  TableName?: string;
  IndexName?: string;
  Select?: string;
  Limit?: number;
  ConsistentRead?: boolean;
  ExclusiveStartKey?: Record<string, unknown>;
  ReturnConsumedCapacity?: string;
  Segment?: number;
  TotalSegments?: number;
}

/**
 * Reads the table (or an index) in partition-hash order, as DynamoDB does. A parallel scan
 * segment is a contiguous range of partition buckets, so segments never overlap.
 */
export function scan(input: ScanInput, ctx: OperationContext): Record<string, unknown> {
  checkLimit(input.Limit);
  const { Segment: segment, TotalSegments: total } = input;
  if (segment !== undefined && total === undefined) {
    throw validation('The TotalSegments parameter is required but was not present in the request when Segment parameter is present');
  }
  if (total !== undefined && segment === undefined) {
    throw validation('The Segment parameter is required but was not present in the request when parameter TotalSegments is present');
  }
  if (total !== undefined && (total < 1 || total > 1_000_000)) {
    throw validation(`1 validation error detected: Value '${total}' at 'totalSegments' failed to satisfy constraint: Member must have value ${total < 1 ? 'greater than or equal to 1' : 'less than or equal to 1000000'}`);
  }
  if (segment !== undefined && total !== undefined && segment >= total) {
    throw validation(`The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: ${segment} is not less than TotalSegments: ${total}`);
  }
  const compiled = compileExpressions(input);
  if (compiled.keyCondition) throw validation('KeyConditionExpression is not supported in Scan');
  const table = requireTable(ctx, input.TableName);
  const source = readSource(ctx, table, input.IndexName, input.ConsistentRead);
  const prefix = source.index ? `${table.name}/${source.index.record.name}/` : `${table.name}/`;
  const range =
    segment === undefined || total === undefined
      ? { prefix }
      : { prefix, start: prefix + segmentStart(segment, total), ...(segment + 1 < total ? { end: prefix + segmentStart(segment + 1, total) } : {}) };
  const select = resolveSelect(input.Select, compiled.projection !== undefined, source, input.AttributesToGet !== undefined);
  return readPage({
    source,
    range,
    forward: true,
    limit: input.Limit,
    exclusiveStartKey: input.ExclusiveStartKey,
    filter: compiled.filter,
    projection: compiled.projection,
    select,
    consistent: input.ConsistentRead === true,
    returnConsumedCapacity: input.ReturnConsumedCapacity,
  });
}
