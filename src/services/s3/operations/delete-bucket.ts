import type { OperationContext } from '../../define-service.js';
import { bucketNotEmpty } from '../errors.js';
import { requireBucket } from '../model/buckets.js';
import { dropUpload } from '../model/uploads.js';
import { dropConfigSets } from '../model/config-sets.js';
import { bucketsTable, objectsTable, ownedBucketsTable, uploadsTable, versionsTable } from '../store.js';

export function deleteBucket(input: { Bucket: string }, ctx: OperationContext): Record<string, never> {
  const bucket = requireBucket(ctx, input.Bucket);
  const prefix = `${bucket.name}/`;
  ctx.store.transaction(() => {
    // Versions and delete markers count as content.
    if (ctx.table(objectsTable).count({ prefix }) > 0 || ctx.table(versionsTable).count({ prefix }) > 0) throw bucketNotEmpty(bucket.name);
    // In-progress uploads go with the bucket, their parts' bytes too.
    for (const { value } of ctx.table(uploadsTable).list({ prefix })) dropUpload(ctx, value);
    ctx.table(bucketsTable).delete(bucket.name);
    dropConfigSets(ctx, bucket.name);
    ctx.store.table(ownedBucketsTable, { accountId: bucket.accountId, region: bucket.region }).delete(bucket.name);
  });
  return {};
}
