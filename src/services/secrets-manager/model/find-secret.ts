import type { OperationContext } from '../../define-service.js';
import { markedForDeletion, notFound, required, validation } from '../errors.js';
import { secretsTable, type SecretRow } from '../store.js';

/**
 * A secret by name, full ARN, or partial ARN (without the six-character suffix). Secrets past
 * their deletion date are gone even before the sweep runs.
 */
export function findSecret(ctx: OperationContext, secretId: unknown, options: { allowDeleted?: boolean } = {}): SecretRow {
  required(secretId, 'secretId');
  const id = String(secretId);
  if (id.length < 1 || id.length > 2048) throw validation(id, 'secretId', 'Member must have length between 1 and 2048');
  const table = ctx.table(secretsTable);
  let row: SecretRow | undefined;
  if (id.startsWith('arn:')) {
    const name = id.split(':secret:')[1];
    if (name !== undefined) {
      // A full ARN ends with "-" and six characters that are not part of the name.
      const full = /^(.*)-[A-Za-z0-9]{6}$/.exec(name);
      if (full) {
        const candidate = table.get(full[1]);
        if (candidate?.arn === id) row = candidate;
      }
      if (!row) {
        const candidate = table.get(name);
        if (candidate && candidate.arn.startsWith(`${id}-`)) row = candidate;
      }
    }
  } else {
    row = table.get(id);
  }
  if (!row) throw notFound();
  if (row.deletionMs !== undefined && row.deletionMs <= ctx.clock.now()) {
    table.delete(row.name);
    throw notFound();
  }
  if (row.deletedMs !== undefined && !options.allowDeleted) throw markedForDeletion();
  return row;
}
