import type { OperationContext } from '../../define-service.js';
import { invalidParameterValue, validation } from '../errors.js';
import { parseFunctionName } from '../model.js';
import { loadFunction } from '../model/lookup.js';
import { functionsTable } from '../store.js';

/** Lambda's default account concurrency, and the 100 it keeps unreserved. */
const ACCOUNT_LIMIT = 1000;
const UNRESERVED_MINIMUM = 100;

export function putFunctionConcurrency(input: { FunctionName: string; ReservedConcurrentExecutions: number }, ctx: OperationContext): { ReservedConcurrentExecutions: number } {
  const record = loadFunction(ctx, parseFunctionName(input.FunctionName, undefined, ctx).name);
  const wanted = input.ReservedConcurrentExecutions;
  if (wanted < 0) throw validation(wanted, 'reservedConcurrentExecutions', 'Member must have value greater than or equal to 0');
  const others = ctx.table(functionsTable).list().reduce((sum, row) => sum + (row.key === record.name ? 0 : row.value.reservedConcurrency ?? 0), 0);
  if (others + wanted > ACCOUNT_LIMIT - UNRESERVED_MINIMUM) {
    throw invalidParameterValue(
      `Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${UNRESERVED_MINIMUM}].`,
    );
  }
  ctx.table(functionsTable).put(record.name, { ...record, reservedConcurrency: wanted });
  return { ReservedConcurrentExecutions: wanted };
}

export function getFunctionConcurrency(input: { FunctionName: string }, ctx: OperationContext): { ReservedConcurrentExecutions?: number } {
  const record = loadFunction(ctx, parseFunctionName(input.FunctionName, undefined, ctx).name);
  return record.reservedConcurrency === undefined ? {} : { ReservedConcurrentExecutions: record.reservedConcurrency };
}

export function deleteFunctionConcurrency(input: { FunctionName: string }, ctx: OperationContext): Record<string, never> {
  const record = loadFunction(ctx, parseFunctionName(input.FunctionName, undefined, ctx).name);
  const { reservedConcurrency: _dropped, ...rest } = record;
  ctx.table(functionsTable).put(record.name, rest);
  return {};
}
