import type { OperationContext } from '../../define-service.js';
import { streamsTable, tablesTable } from '../../dynamodb/store.js';
import { tableNotFound, validation } from '../errors.js';
import { isForgotten } from '../model/stream-address.js';

export interface ListStreamsInput {
  TableName?: string;
  Limit?: number;
  ExclusiveStartStreamArn?: string;
}

/** The region's streams (enabled, and disabled within 24 hours), in table-name then label order. */
export function listStreams(input: ListStreamsInput, ctx: OperationContext): Record<string, unknown> {
  const limit = input.Limit ?? 100;
  if (limit < 1 || limit > 100) {
    throw validation(`1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value ${limit < 1 ? 'greater than or equal to 1' : 'less than or equal to 100'}`);
  }
  const now = ctx.clock.now();
  if (input.TableName !== undefined && !ctx.table(tablesTable).has(input.TableName)) {
    const any = ctx.table(streamsTable).list({ prefix: `${input.TableName}/`, limit: 1 });
    if (any.length === 0) throw tableNotFound(input.TableName);
  }
  const rows = ctx.table(streamsTable).list({ ...(input.TableName !== undefined ? { prefix: `${input.TableName}/` } : {}) }).filter((r) => !isForgotten(r.value, now));
  let start = 0;
  if (input.ExclusiveStartStreamArn !== undefined) {
    const at = rows.findIndex((r) => r.value.arn === input.ExclusiveStartStreamArn);
    start = at + 1;
  }
  const page = rows.slice(start, start + limit);
  const more = start + limit < rows.length;
  return {
    Streams: page.map((r) => ({ StreamArn: r.value.arn, TableName: r.value.tableName, StreamLabel: r.value.label })),
    ...(more ? { LastEvaluatedStreamArn: page[page.length - 1]!.value.arn } : {}),
  };
}
