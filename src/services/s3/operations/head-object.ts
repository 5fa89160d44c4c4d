import type { OperationContext } from '../../define-service.js';
import { requireBucketAtRequestStart } from '../model/buckets.js';
import { objectResponseHeaders } from '../model/object-rows.js';
import { readObject, type ReadObjectInput } from '../model/read-object.js';
import { archiveStatus } from '../model/restore.js';
import { checkCustomerKey, type CustomerKeyInput } from '../model/object-encryption.js';

export function headObject(input: ReadObjectInput & CustomerKeyInput & { ChecksumMode?: string }, ctx: OperationContext): Record<string, unknown> {
  const bucket = requireBucketAtRequestStart(ctx, input.Bucket);
  const { row, range, partsCount } = readObject(ctx, bucket, input, 'HEAD');
  checkCustomerKey(row, input);
  const output = objectResponseHeaders(row, bucket, { checksumMode: input.ChecksumMode, whole: range === undefined, nowMs: ctx.clock.now() });
  output.ContentLength = range ? range.end - range.start + 1 : row.size;
  if (range) {
    output.ContentRange = `bytes ${range.start}-${range.end}/${row.size}`;
    output.StatusCode = 206;
  }
  if (partsCount !== undefined) output.PartsCount = partsCount;
  const archived = archiveStatus(row, ctx.clock.now());
  if (archived !== undefined) output.ArchiveStatus = archived;
  return output;
}
