import type { OperationContext, OperationHandler } from '../../define-service.js';

const TABLE_ARN = /^arn:aws[a-z-]*:dynamodb:([a-z0-9-]+):(\d{12}):table\/([^/]+)$/;

/** The context to reach a table's rows: the caller's, or the owner's account and region when an ARN names another. */
function scopeOf(ctx: OperationContext, accountId: string, region: string): OperationContext {
  if (accountId === ctx.accountId && region === ctx.region) return ctx;
  return { ...ctx, accountId, region, table: (definition) => ctx.store.table(definition, { accountId, region }) };
}

/**
 * A TableName that may be a table ARN (AWS's "table name overloading"): the bare name and the
 * context of the table's owner. The authorize step has already evaluated the table's resource
 * policy against the ARN, so another account's table is reached only when that allowed it.
 * Anything else (a name, a malformed ARN) comes back unchanged for the operation to judge.
 */
export function tableInScope(ctx: OperationContext, nameOrArn: string | undefined): { ctx: OperationContext; name: string | undefined } {
  const match = nameOrArn?.startsWith('arn:') ? TABLE_ARN.exec(nameOrArn) : null;
  if (!match) return { ctx, name: nameOrArn };
  const [, region, accountId, tableName] = match;
  return { ctx: scopeOf(ctx, accountId!, region!), name: tableName };
}

/**
 * Calls that name one table by TableName accept its ARN, including another account's: the
 * operation runs in the owner's account and region with the bare table name, so the operations
 * themselves stay scope-blind.
 */
export function acceptTableArn<I extends { TableName?: string }, O>(handler: OperationHandler<I, O>): OperationHandler<I, O> {
  return (input, ctx) => {
    const name = input.TableName;
    if (name === undefined || !name.startsWith('arn:')) return handler(input, ctx);
    const scoped = tableInScope(ctx, name);
    return handler({ ...input, TableName: scoped.name }, scoped.ctx);
  };
}

/** Tag operations name the table by ResourceArn: they run in the owner's scope, the ARN kept as given. */
export function acceptResourceArn<I extends { ResourceArn?: string }, O>(handler: OperationHandler<I, O>): OperationHandler<I, O> {
  return (input, ctx) => {
    const match = input.ResourceArn === undefined ? null : TABLE_ARN.exec(input.ResourceArn);
    return match ? handler(input, scopeOf(ctx, match[2]!, match[1]!)) : handler(input, ctx);
  };
}
