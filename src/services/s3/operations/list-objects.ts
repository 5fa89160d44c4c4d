import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';
import { listKeys } from '../model/list-keys.js';
import { checkEncodingType, contentsEntry, pageSize } from '../model/list-output.js';
import { objectsTable } from '../store.js';

export interface ListObjectsInput {
  Bucket: string;
  Prefix?: string;
  Delimiter?: string;
  MaxKeys?: number;
  Marker?: string;
  EncodingType?: string;
}

/** ListObjects (v1): Marker to resume; NextMarker only when a delimiter is given, as in S3. */
export function listObjects(input: ListObjectsInput, ctx: OperationContext): Record<string, unknown> {
  const bucket = requireBucket(ctx, input.Bucket);
  const maxKeys = pageSize(input.MaxKeys);
  const encode = checkEncodingType(input.EncodingType);
  const prefix = input.Prefix ?? '';
  const delimiter = input.Delimiter || undefined;
  const page =
    maxKeys === 0
      ? { entries: [], truncated: false, last: undefined }
      : listKeys(ctx.table(objectsTable), bucket.name, { prefix, delimiter, after: input.Marker, maxKeys });
  const output: Record<string, unknown> = {
    Name: bucket.name,
    Prefix: encode(prefix),
    Marker: encode(input.Marker ?? ''),
    MaxKeys: input.MaxKeys ?? 1000,
    IsTruncated: page.truncated,
  };
  if (delimiter !== undefined) output.Delimiter = encode(delimiter);
  if (input.EncodingType !== undefined) output.EncodingType = input.EncodingType;
  if (page.truncated && delimiter !== undefined && page.last !== undefined) output.NextMarker = encode(page.last);
  const contents = [];
  const prefixes = [];
  for (const entry of page.entries) {
    if (entry.kind === 'object') contents.push(contentsEntry(entry.key, entry.row, encode, true));
    else prefixes.push({ Prefix: encode(entry.prefix) });
  }
  if (contents.length > 0) output.Contents = contents;
  if (prefixes.length > 0) output.CommonPrefixes = prefixes;
  return output;
}
