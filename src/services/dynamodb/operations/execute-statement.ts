import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { parsePartiql } from '../partiql/parse-partiql.js';
import { decodeNextToken, encodeNextToken, runTranslated } from '../partiql/run-partiql.js';
import { translatePartiql } from '../partiql/translate-partiql.js';

export interface ExecuteStatementInput {
  Statement?: string;
  Parameters?: unknown[];
  ConsistentRead?: boolean;
  NextToken?: string;
  ReturnConsumedCapacity?: string;
  Limit?: number;
  ReturnValuesOnConditionCheckFailure?: string;
}

/**
 * One PartiQL statement, translated into the operation that does the same (SELECT with an
 * equality on the partition key is a Query, without one a Scan; INSERT a conditional PutItem;
 * UPDATE and DELETE an UpdateItem/DeleteItem on the key the WHERE clause names).
 */
export function executeStatement(input: ExecuteStatementInput, ctx: OperationContext): Record<string, unknown> {
  const text = input.Statement;
  if (text === undefined) throw validation("1 validation error detected: Value null at 'statement' failed to satisfy constraint: Member must not be null");
  if (text.length < 1 || text.length > 8192) {
    throw validation(`1 validation error detected: Value '${text}' at 'statement' failed to satisfy constraint: Member must have length ${text.length < 1 ? 'greater than or equal to 1' : 'less than or equal to 8192'}`);
  }
  if (input.Parameters !== undefined && input.Parameters.length === 0) {
    throw validation("1 validation error detected: Value '[]' at 'parameters' failed to satisfy constraint: Member must have length greater than or equal to 1");
  }
  const statement = parsePartiql(text, input.Parameters ?? []);
  const translated = translatePartiql(ctx, statement);
  if (translated.kind === 'query' || translated.kind === 'scan') {
    const out = runTranslated(ctx, translated, {
      ...(input.Limit !== undefined ? { Limit: input.Limit } : {}),
      ...(input.ConsistentRead !== undefined ? { ConsistentRead: input.ConsistentRead } : {}),
      ...(input.NextToken !== undefined ? { ExclusiveStartKey: decodeNextToken(input.NextToken) } : {}),
      ...(input.ReturnConsumedCapacity !== undefined ? { ReturnConsumedCapacity: input.ReturnConsumedCapacity } : {}),
    });
    const last = out.LastEvaluatedKey as Record<string, unknown> | undefined;
    return {
      Items: out.Items ?? [],
      ...(last ? { NextToken: encodeNextToken(last), LastEvaluatedKey: last } : {}),
      ...(out.ConsumedCapacity ? { ConsumedCapacity: out.ConsumedCapacity } : {}),
    };
  }
  if (input.NextToken !== undefined || input.Limit !== undefined) throw validation('NextToken and Limit are only valid for SELECT statements');
  const out = runTranslated(ctx, translated, {
    ...(input.ReturnConsumedCapacity !== undefined ? { ReturnConsumedCapacity: input.ReturnConsumedCapacity } : {}),
    ...(input.ReturnValuesOnConditionCheckFailure !== undefined ? { ReturnValuesOnConditionCheckFailure: input.ReturnValuesOnConditionCheckFailure } : {}),
  });
  return {
    Items: out.Attributes ? [out.Attributes] : [],
    ...(out.ConsumedCapacity ? { ConsumedCapacity: out.ConsumedCapacity } : {}),
  };
}
