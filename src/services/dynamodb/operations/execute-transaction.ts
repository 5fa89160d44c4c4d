import type { OperationContext } from '../../define-service.js';
import { AwsError, isAwsError } from '../../../shared/aws-error.js';
import { validation } from '../errors.js';
import { parsePartiql } from '../partiql/parse-partiql.js';
import { translatePartiql } from '../partiql/translate-partiql.js';
import { transactGetItems } from './transact-get-items.js';
import { transactWriteItems } from './transact-write-items.js';

interface TransactStatement {
  Statement?: string;
  Parameters?: unknown[];
  ReturnValuesOnConditionCheckFailure?: string;
}

export interface ExecuteTransactionInput {
  TransactStatements?: TransactStatement[];
  ClientRequestToken?: string;
  ReturnConsumedCapacity?: string;
}

/**
 * Up to 100 statements as one transaction: all SELECTs of single items (TransactGetItems) or all
 * writes (TransactWriteItems, with its all-or-nothing checks and idempotency token). An INSERT
 * whose key exists cancels the transaction with the reason DuplicateItem.
 */
export function executeTransaction(input: ExecuteTransactionInput, ctx: OperationContext): Record<string, unknown> {
  const statements = input.TransactStatements ?? [];
  if (statements.length < 1 || statements.length > 100) {
    throw validation(`1 validation error detected: Value at 'transactStatements' failed to satisfy constraint: Member must have length ${statements.length < 1 ? 'greater than or equal to 1' : 'less than or equal to 100'}`);
  }
  const translated = statements.map((s) => translatePartiql(ctx, parsePartiql(s.Statement ?? '', s.Parameters ?? []), { singleRead: true }));
  const reads = translated.filter((t) => t.kind === 'get').length;
  if (reads > 0 && reads < translated.length) throw validation('Transaction must contain either all reads or all writes');
  const capacity = input.ReturnConsumedCapacity !== undefined ? { ReturnConsumedCapacity: input.ReturnConsumedCapacity } : {};
  if (reads > 0) {
    const out = transactGetItems({ TransactItems: translated.map((t) => ({ Get: t.input })), ...capacity }, ctx);
    return { Responses: out.Responses, ...(out.ConsumedCapacity ? { ConsumedCapacity: out.ConsumedCapacity } : {}) };
  }
  const items = translated.map((t, i) => {
    const { ReturnValues, ...rest } = t.input;
    if (ReturnValues !== undefined) throw validation('RETURNING is not supported in a transaction');
    const onFailure = statements[i]!.ReturnValuesOnConditionCheckFailure;
    const op = { ...rest, ...(onFailure !== undefined ? { ReturnValuesOnConditionCheckFailure: onFailure } : {}) };
    return t.kind === 'put' ? { Put: op } : t.kind === 'update' ? { Update: op } : { Delete: op };
  });
  try {
    const out = transactWriteItems({ TransactItems: items, ...(input.ClientRequestToken !== undefined ? { ClientRequestToken: input.ClientRequestToken } : {}), ...capacity }, ctx);
    return { ...(out.ConsumedCapacity ? { ConsumedCapacity: out.ConsumedCapacity } : {}) };
  } catch (error) {
    if (!isAwsError(error) || error.code !== 'TransactionCanceledException') throw error;
    throw withDuplicateReasons(error, translated.map((t) => t.kind === 'put'));
  }
}

/** An INSERT's failed "key must not exist" check is reported as DuplicateItem. */
function withDuplicateReasons(error: AwsError, inserts: boolean[]): AwsError {
  const reasons = (error.fields.CancellationReasons as Array<{ Code: string; Message?: string }>).map((r, i) =>
    inserts[i] && r.Code === 'ConditionalCheckFailed' ? { Code: 'DuplicateItem', Message: 'Duplicate primary key exists in table' } : r,
  );
  return new AwsError('TransactionCanceledException', `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`, {
    fields: { CancellationReasons: reasons },
  });
}
