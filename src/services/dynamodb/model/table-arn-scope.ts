import type { OperationContext, OperationHandler } from '../../define-service.js';

const TABLE_ARN = /^arn:aws[a-z-]*:dynamodb:([a-z0-9-]+):(\d{12}):table\/([^/]+)$/;

/**
 * Data-plane calls accept a table ARN as TableName, and with a resource-based policy another
 * account may name a table it does not own. The authorize step has already evaluated the
 * table's policy against the ARN; this runs the operation in the owner's account and region
 * with the bare table name, so the operations themselves stay scope-blind.
 */
export function acceptTableArn<I extends { TableName?: string }, O>(handler: OperationHandler<I, O>): OperationHandler<I, O> {
  return (input, ctx) => {
    const name = input.TableName;
    if (name === undefined || !name.startsWith('arn:')) return handler(input, ctx);
    const match = TABLE_ARN.exec(name);
    if (!match) return handler(input, ctx);
    const [, region, accountId, tableName] = match;
    const scoped: OperationContext =
      accountId === ctx.accountId && region === ctx.region
        ? ctx
        : { ...ctx, accountId: accountId!, region: region!, table: (definition) => ctx.store.table(definition, { accountId: accountId!, region: region! }) };
    return handler({ ...input, TableName: tableName }, scoped);
  };
}
