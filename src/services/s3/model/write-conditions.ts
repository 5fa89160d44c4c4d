import type { OperationContext } from '../../define-service.js';
import { noSuchKey, preconditionFailed } from '../errors.js';
import { objectKey, objectsTable, type BucketRow } from '../store.js';
import { etagMatches } from './etags.js';

/** Conditional writes: `If-None-Match: *` creates only; `If-Match` overwrites only that ETag. */
export function checkWriteConditions(ctx: OperationContext, bucket: BucketRow, input: { Key: string; IfMatch?: string; IfNoneMatch?: string }): void {
  if (input.IfMatch === undefined && input.IfNoneMatch === undefined) return;
  const current = ctx.table(objectsTable).get(objectKey(bucket.name, input.Key));
  if (input.IfNoneMatch !== undefined && current && etagMatches(input.IfNoneMatch, current.etag)) throw preconditionFailed('If-None-Match');
  if (input.IfMatch !== undefined) {
    if (!current) throw noSuchKey(input.Key);
    if (!etagMatches(input.IfMatch, current.etag)) throw preconditionFailed('If-Match');
  }
}
