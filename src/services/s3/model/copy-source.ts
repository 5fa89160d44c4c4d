import type { OperationContext } from '../../define-service.js';
import { invalidArgument, invalidObjectState } from '../errors.js';
import type { BucketRow, ObjectRow } from '../store.js';
import { requireBucket } from './buckets.js';
import { checkCopyConditions, type ReadConditions } from './conditions.js';
import { findObject } from './object-versions.js';
import { isReadable } from './restore.js';

export interface CopySource {
  bucket: BucketRow;
  row: ObjectRow;
  /** Whether the source bucket has versioning (then the response names the source version). */
  versioned: boolean;
}

/**
 * `x-amz-copy-source`: `bucket/key` or `/bucket/key`, URL-encoded, with an optional
 * `?versionId=`. Resolves the version and checks the copy-source conditions.
 */
export function resolveCopySource(ctx: OperationContext, header: string, conditions: ReadConditions): CopySource {
  const [pathPart, query] = splitOnce(header, '?');
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart.startsWith('/') ? pathPart.slice(1) : pathPart);
  } catch {
    throw invalidArgument('Invalid copy source encoding', 'x-amz-copy-source', header);
  }
  const slash = decoded.indexOf('/');
  if (slash <= 0 || slash === decoded.length - 1) {
    throw invalidArgument('Copy Source must mention the source bucket and key: sourcebucket/sourcekey', 'x-amz-copy-source', header);
  }
  let versionId: string | undefined;
  if (query !== undefined) {
    const params = new URLSearchParams(query);
    versionId = params.get('versionId') ?? undefined;
    if (versionId === '') throw invalidArgument('Version id cannot be the empty string', 'x-amz-copy-source', header);
  }
  const bucket = requireBucket(ctx, decoded.slice(0, slash));
  const row = findObject(ctx, bucket, decoded.slice(slash + 1), versionId);
  if (row.deleteMarker) {
    throw invalidArgument('The source of a copy request may not specifically refer to a delete marker by version id.', 'x-amz-copy-source', header);
  }
  if (!isReadable(row, ctx.clock.now())) throw invalidObjectState(row.storageClass, row.accessTier);
  checkCopyConditions(conditions, row);
  return { bucket, row, versioned: bucket.versioning !== undefined };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
