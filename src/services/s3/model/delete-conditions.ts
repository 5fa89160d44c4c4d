import type { OperationContext } from '../../define-service.js';
import { noSuchKey, preconditionFailed } from '../errors.js';
import { objectKey, objectsTable, type BucketRow } from '../store.js';
import { etagMatches } from './etags.js';

/**
 * Conditional deletes (S3, September 2025, general purpose buckets): `If-Match` with an ETag
 * or `*` is checked against the current version only; no current object (or a delete marker)
 * is 404 NoSuchKey, another ETag 412 PreconditionFailed. The checks run in the same
 * synchronous turn as the delete, so no write slips between them.
 */
export function checkDeleteCondition(ctx: OperationContext, bucket: BucketRow, key: string, ifMatch: string | undefined): void {
  if (ifMatch === undefined) return;
  const current = ctx.table(objectsTable).get(objectKey(bucket.name, key));
  if (!current) throw noSuchKey(key);
  if (!etagMatches(ifMatch, current.etag)) throw preconditionFailed('If-Match');
}
