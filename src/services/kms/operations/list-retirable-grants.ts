import type { OperationContext } from '../../define-service.js';
import { required } from '../errors.js';
import { pageLimit, pageOf, scan } from '../model/paging.js';
import { grantsTable } from '../store.js';
import { grantEntry } from './list-grants.js';

export function listRetirableGrants(input: { RetiringPrincipal?: string; Limit?: number; Marker?: string }, ctx: OperationContext) {
  required(input.RetiringPrincipal, 'retiringPrincipal');
  const limit = pageLimit(input.Limit, 100, 50);
  const found = scan(ctx.table(grantsTable), { marker: input.Marker, limit }, (_key, grant) =>
    grant.retiringPrincipal === input.RetiringPrincipal ? grantEntry(grant, ctx.region, ctx.accountId) : undefined,
  );
  const { page, ...rest } = pageOf(found, limit);
  return { Grants: page, ...rest };
}
