import type { OperationContext } from '../../define-service.js';
import { pageLimit, pageOf, scan } from '../model/paging.js';
import { keysTable } from '../store.js';

export function listKeys(input: { Limit?: number; Marker?: string }, ctx: OperationContext) {
  const limit = pageLimit(input.Limit);
  const now = ctx.clock.now();
  const found = scan(ctx.table(keysTable), { marker: input.Marker, limit }, (_key, row) =>
    row.state === 'PendingDeletion' && (row.deletionMs ?? Infinity) <= now ? undefined : { KeyId: row.keyId, KeyArn: row.arn },
  );
  const { page, ...rest } = pageOf(found, limit);
  return { Keys: page, ...rest };
}
