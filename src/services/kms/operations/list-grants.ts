import type { OperationContext } from '../../define-service.js';
import { keyArn } from '../model/new-key.js';
import { pageLimit, pageOf, scan } from '../model/paging.js';
import { resolveKey } from '../model/resolve-key.js';
import { grantsTable, type GrantRow } from '../store.js';

export function grantEntry(grant: GrantRow, region: string, accountId: string): Record<string, unknown> {
  return {
    KeyId: keyArn(region, accountId, grant.keyId),
    GrantId: grant.grantId,
    ...(grant.name !== undefined ? { Name: grant.name } : {}),
    CreationDate: new Date(grant.creationMs),
    GranteePrincipal: grant.granteePrincipal,
    ...(grant.retiringPrincipal !== undefined ? { RetiringPrincipal: grant.retiringPrincipal } : {}),
    IssuingAccount: grant.issuingAccount,
    Operations: grant.operations,
    ...(grant.constraints !== undefined ? { Constraints: grant.constraints } : {}),
  };
}

export function listGrants(input: { KeyId?: string; GrantId?: string; GranteePrincipal?: string; Limit?: number; Marker?: string }, ctx: OperationContext) {
  const row = resolveKey(ctx, input.KeyId, { allowAlias: false });
  const limit = pageLimit(input.Limit, 100, 50);
  const found = scan(ctx.table(grantsTable), { prefix: `${row.keyId}/`, marker: input.Marker, limit }, (_key, grant) =>
    (input.GrantId !== undefined && grant.grantId !== input.GrantId) || (input.GranteePrincipal !== undefined && grant.granteePrincipal !== input.GranteePrincipal)
      ? undefined
      : grantEntry(grant, row.region, row.accountId),
  );
  const { page, ...rest } = pageOf(found, limit);
  return { Grants: page, ...rest };
}
