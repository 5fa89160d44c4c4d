import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';
import { listKeys } from '../model/list-keys.js';
import { checkEncodingType, contentsEntry, pageSize } from '../model/list-output.js';
import { decodeToken, encodeToken } from '../model/tokens.js';
import { objectsTable } from '../store.js';

export interface ListObjectsV2Input {
  Bucket: string;
  Prefix?: string;
  Delimiter?: string;
  MaxKeys?: number;
  ContinuationToken?: string;
  StartAfter?: string;
  EncodingType?: string;
  FetchOwner?: boolean;
}

export function listObjectsV2(input: ListObjectsV2Input, ctx: OperationContext): Record<string, unknown> {
  const bucket = requireBucket(ctx, input.Bucket);
  const maxKeys = pageSize(input.MaxKeys);
  const encode = checkEncodingType(input.EncodingType);
  const prefix = input.Prefix ?? '';
  const delimiter = input.Delimiter || undefined;
  // The token wins over StartAfter; StartAfter is still echoed.
  const after = input.ContinuationToken !== undefined ? decodeToken(input.ContinuationToken, 'continuation-token') : input.StartAfter;
  const page =
    maxKeys === 0
      ? { entries: [], truncated: false, resumeAfter: undefined }
      : listKeys(ctx.table(objectsTable), bucket.name, { prefix, delimiter, after, maxKeys });
  const output: Record<string, unknown> = {
    Name: bucket.name,
    Prefix: encode(prefix),
    MaxKeys: input.MaxKeys ?? 1000,
    KeyCount: page.entries.length,
    IsTruncated: page.truncated,
  };
  if (delimiter !== undefined) output.Delimiter = encode(delimiter);
  if (input.EncodingType !== undefined) output.EncodingType = input.EncodingType;
  if (input.ContinuationToken !== undefined) output.ContinuationToken = input.ContinuationToken;
  if (input.StartAfter !== undefined) output.StartAfter = encode(input.StartAfter);
  if (page.resumeAfter !== undefined) output.NextContinuationToken = encodeToken(page.resumeAfter);
  const contents = [];
  const prefixes = [];
  for (const entry of page.entries) {
    if (entry.kind === 'object') contents.push(contentsEntry(entry.key, entry.row, encode, input.FetchOwner === true));
    else prefixes.push({ Prefix: encode(entry.prefix) });
  }
  if (contents.length > 0) output.Contents = contents;
  if (prefixes.length > 0) output.CommonPrefixes = prefixes;
  return output;
}
