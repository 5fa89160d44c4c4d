import type { OperationContext } from '../../define-service.js';
import { isAwsError } from '../../../shared/aws-error.js';
import { validation } from '../errors.js';
import { parsePartiql } from '../partiql/parse-partiql.js';
import { runTranslated } from '../partiql/run-partiql.js';
import { translatePartiql } from '../partiql/translate-partiql.js';

interface BatchStatement {
  Statement?: string;
  Parameters?: unknown[];
  ConsistentRead?: boolean;
  ReturnValuesOnConditionCheckFailure?: string;
}

/** The BatchStatementError codes for the exceptions a single statement can end with. */
const CODES: Record<string, string> = {
  ConditionalCheckFailedException: 'ConditionalCheckFailed',
  DuplicateItemException: 'DuplicateItem',
  ValidationException: 'ValidationError',
  ResourceNotFoundException: 'ResourceNotFound',
  ProvisionedThroughputExceededException: 'ProvisionedThroughputExceeded',
  TransactionConflictException: 'TransactionConflict',
  ItemCollectionSizeLimitExceededException: 'ItemCollectionSizeLimitExceeded',
};

/**
 * Up to 25 statements, all reads (each a SELECT of one item by its full key) or all writes; each
 * succeeds or fails on its own, with an Error in its response slot, as BatchExecuteStatement does.
 */
export function batchExecuteStatement(input: { Statements?: BatchStatement[]; ReturnConsumedCapacity?: string }, ctx: OperationContext): Record<string, unknown> {
  const statements = input.Statements ?? [];
  if (statements.length < 1 || statements.length > 25) {
    throw validation(`1 validation error detected: Value at 'statements' failed to satisfy constraint: Member must have length ${statements.length < 1 ? 'greater than or equal to 1' : 'less than or equal to 25'}`);
  }
  const parsed = statements.map((s) => {
    try {
      return parsePartiql(s.Statement ?? '', s.Parameters ?? []);
    } catch (error) {
      return error as Error;
    }
  });
  const kinds = new Set(parsed.filter((p) => !(p instanceof Error)).map((p) => (p as { kind: string }).kind === 'select'));
  if (kinds.size > 1) throw validation('Unsupported operation: Batch operations must be either all reads or all writes.');
  const capacities: unknown[] = [];
  const responses = parsed.map((statement, i) => {
    let tableName: string | undefined = statement instanceof Error ? undefined : statement.table;
    try {
      if (statement instanceof Error) throw statement;
      const translated = translatePartiql(ctx, statement, { singleRead: true });
      tableName = translated.table;
      const request = statements[i]!;
      const out = runTranslated(ctx, translated, {
        ...(request.ConsistentRead !== undefined && translated.kind === 'get' ? { ConsistentRead: request.ConsistentRead } : {}),
        ...(request.ReturnValuesOnConditionCheckFailure !== undefined && translated.kind !== 'get' ? { ReturnValuesOnConditionCheckFailure: request.ReturnValuesOnConditionCheckFailure } : {}),
        ...(input.ReturnConsumedCapacity !== undefined ? { ReturnConsumedCapacity: input.ReturnConsumedCapacity } : {}),
      });
      if (out.ConsumedCapacity) capacities.push(out.ConsumedCapacity);
      return { TableName: tableName, ...(out.Item ? { Item: out.Item } : {}) };
    } catch (error) {
      if (!isAwsError(error) || CODES[error.code] === undefined) throw error;
      const item = error.fields?.Item;
      return { ...(tableName !== undefined ? { TableName: tableName } : {}), Error: { Code: CODES[error.code], Message: error.message, ...(item ? { Item: item } : {}) } };
    }
  });
  return { Responses: responses, ...(capacities.length > 0 ? { ConsumedCapacity: capacities } : {}) };
}
