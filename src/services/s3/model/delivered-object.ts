import { createHash } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { bucketsTable, type BucketRow, type ObjectRow } from '../store.js';
import { quote } from './etags.js';
import { notifyObjectEvent, type EventOrigin } from './notifications.js';
import { putVersion } from './object-versions.js';
import { nextVersionSort } from './versions.js';

/**
 * Writes an object S3 itself produces (server access logs, inventory reports) into a bucket, as
 * the bucket owner's new version, and announces it like any other put. Returns the stored row,
 * or undefined when the bucket is gone.
 */
export async function writeDeliveredObject(
  ctx: OperationContext,
  bucketName: string,
  key: string,
  body: Buffer,
  contentType: string,
  origin: EventOrigin,
  /** More writes that must land with the object (the delivered records' deletion). */
  alsoInTransaction?: () => void,
): Promise<ObjectRow | undefined> {
  const staged = await ctx.store.blobs.stage(body);
  let committed = false;
  try {
    const result = ctx.store.transaction((): { bucket: BucketRow; stored: ObjectRow } | undefined => {
      const bucket = ctx.table(bucketsTable).get(bucketName);
      if (!bucket) return undefined;
      staged.commit();
      committed = true;
      alsoInTransaction?.();
      const now = ctx.clock.now();
      const row: ObjectRow = {
        key,
        versionId: '',
        sort: nextVersionSort(now),
        lastModifiedMs: Math.floor(now / 1000) * 1000,
        etag: quote(createHash('md5').update(body).digest('hex')),
        size: body.length,
        data: [{ id: staged.id, size: staged.size }],
        headers: { ContentType: contentType },
        metadata: {},
        storageClass: 'STANDARD',
        ownerAccountId: bucket.accountId,
        serverSideEncryption: 'AES256',
      };
      return { bucket, stored: putVersion(ctx, bucket, row) };
    });
    if (result) notifyObjectEvent(origin, result.bucket, { name: 'ObjectCreated:Put', key, row: result.stored });
    return result?.stored;
  } finally {
    if (!committed) staged.discard();
  }
}
