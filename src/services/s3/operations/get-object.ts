import type { OperationContext } from '../../define-service.js';
import { invalidObjectState } from '../errors.js';
import { requireBucketAtRequestStart } from '../model/buckets.js';
import { openObjectData } from '../model/object-data.js';
import { objectResponseHeaders } from '../model/object-rows.js';
import { readObject, type ReadObjectInput } from '../model/read-object.js';
import { checkCustomerKey, type CustomerKeyInput } from '../model/object-encryption.js';
import { isReadable } from '../model/restore.js';
import { recordTieringAccess } from '../model/intelligent-tiering.js';

export interface GetObjectInput extends ReadObjectInput, CustomerKeyInput {
  ChecksumMode?: string;
  ResponseCacheControl?: string;
  ResponseContentDisposition?: string;
  ResponseContentEncoding?: string;
  ResponseContentLanguage?: string;
  ResponseContentType?: string;
  ResponseExpires?: Date;
}

const SMALL_OBJECT = 256 * 1024;

export async function getObject(input: GetObjectInput, ctx: OperationContext): Promise<Record<string, unknown>> {
  const bucket = requireBucketAtRequestStart(ctx, input.Bucket);
  const { row, range, partsCount } = readObject(ctx, bucket, input, 'GET');
  // Archived objects are readable only while a restored copy exists.
  if (!isReadable(row, ctx.clock.now())) throw invalidObjectState(row.storageClass, row.accessTier);
  recordTieringAccess(ctx, bucket, row);
  checkCustomerKey(row, input);
  const output = objectResponseHeaders(row, bucket, { checksumMode: input.ChecksumMode, whole: range === undefined, nowMs: ctx.clock.now() });
  // Small objects are read in one call: a file stream costs more than the bytes it carries.
  if (row.data.length === 1 && row.size <= SMALL_OBJECT) {
    const bytes = await ctx.store.blobs.read(row.data[0]!.id);
    output.Body = range ? bytes.subarray(range.start, range.end + 1) : bytes;
  } else {
    output.Body = openObjectData(ctx.store.blobs, row.data, range);
  }
  output.ContentLength = range ? range.end - range.start + 1 : row.size;
  if (range) {
    output.ContentRange = `bytes ${range.start}-${range.end}/${row.size}`;
    output.StatusCode = 206;
  }
  if (partsCount !== undefined) output.PartsCount = partsCount;
  if (input.ResponseCacheControl !== undefined) output.CacheControl = input.ResponseCacheControl;
  if (input.ResponseContentDisposition !== undefined) output.ContentDisposition = input.ResponseContentDisposition;
  if (input.ResponseContentEncoding !== undefined) output.ContentEncoding = input.ResponseContentEncoding;
  if (input.ResponseContentLanguage !== undefined) output.ContentLanguage = input.ResponseContentLanguage;
  if (input.ResponseContentType !== undefined) output.ContentType = input.ResponseContentType;
  if (input.ResponseExpires !== undefined) output.Expires = input.ResponseExpires;
  return output;
}
