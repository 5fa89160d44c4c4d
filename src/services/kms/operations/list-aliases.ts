import type { OperationContext } from '../../define-service.js';
import { aliasArn } from '../model/new-key.js';
import { pageLimit, pageOf, scan } from '../model/paging.js';
import { resolveKey } from '../model/resolve-key.js';
import { aliasesTable } from '../store.js';

export function listAliases(input: { KeyId?: string; Limit?: number; Marker?: string }, ctx: OperationContext) {
  const limit = pageLimit(input.Limit);
  const only = input.KeyId === undefined ? undefined : resolveKey(ctx, input.KeyId, { allowAlias: false }).keyId;
  const found = scan(ctx.table(aliasesTable), { marker: input.Marker, limit }, (_key, alias) =>
    only !== undefined && alias.targetKeyId !== only
      ? undefined
      : {
          AliasName: alias.name,
          AliasArn: aliasArn(ctx.region, ctx.accountId, alias.name),
          TargetKeyId: alias.targetKeyId,
          CreationDate: new Date(alias.creationMs),
          LastUpdatedDate: new Date(alias.updatedMs),
        },
  );
  const { page, ...rest } = pageOf(found, limit);
  return { Aliases: page, ...rest };
}
