import type { OperationContext } from '../../define-service.js';
import { objectKey, objectsTable, versionPrefix, versionsTable, type BucketRow, type ObjectRow } from '../store.js';

/**
 * Stores changed fields of an existing version in place (restore state, storage class,
 * retention, legal hold): its row in `versions` and, when it is current, in `objects`.
 * Call inside a transaction.
 */
export function rewriteVersion(ctx: Pick<OperationContext, 'table'>, bucket: BucketRow, row: ObjectRow): void {
  const objects = ctx.table(objectsTable);
  const k = objectKey(bucket.name, row.key);
  if (bucket.versioning !== undefined) ctx.table(versionsTable).put(versionPrefix(bucket.name, row.key) + row.sort, row);
  const current = objects.get(k);
  if (current && current.versionId === row.versionId && current.sort === row.sort) objects.put(k, row);
}
