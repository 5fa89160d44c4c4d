import type { RequestTarget } from './request-resource.js';

/** The deferred label of DeleteObjects' i-th key (`deferredDenial(input, deleteObjectsItem(i))`). */
export const deleteObjectsItem = (index: number): string => `Delete.Objects.${index}`;
/** The deferred label of a CopyObject's s3:GetObjectTagging on its source. */
export const COPY_SOURCE_TAGGING = 'CopySourceTagging';

const s3Arn = (bucket: string, key?: string): string => (key !== undefined ? `arn:aws:s3:::${bucket}/${key}` : `arn:aws:s3:::${bucket}`);
const str = (input: Record<string, unknown>, name: string): string | undefined => (typeof input[name] === 'string' ? (input[name] as string) : undefined);
const hasVersion = (input: Record<string, unknown>): boolean => typeof input.VersionId === 'string' && input.VersionId !== '';

/** Writes that may set tags on the new object: they need s3:PutObjectTagging too (AWS's PutObject permissions). */
const TAGGING_WRITES = new Set(['PutObject', 'CreateMultipartUpload', 'CopyObject']);

/**
 * Every authorization an S3 request needs ("Actions, resources, and condition keys for Amazon
 * S3" and the S3 API reference's Permissions sections). Bucket operations act on
 * `arn:aws:s3:::bucket`, object operations on `arn:aws:s3:::bucket/key`; beyond the
 * operation's own action:
 * - CopyObject and UploadPartCopy read their source: s3:GetObject (s3:GetObjectVersion with a
 *   `versionId` in `x-amz-copy-source`) on the source object, against the source bucket's
 *   policy and ACLs; CopyObject copying tags (TaggingDirective COPY, the default) needs
 *   s3:GetObject(Version)Tagging on the source when it has tags (deferred: the operation knows).
 * - DeleteObjects has no check of its own: each key is a DeleteObject (DeleteObjectVersion with
 *   a VersionId), deferred so a refused key lands in the response's Errors.
 * - GetObjectAttributes needs s3:GetObject and s3:GetObjectAttributes (the Version pair with a
 *   versionId).
 * - `x-amz-bypass-governance-retention: true` needs s3:BypassGovernanceRetention.
 * - Tags on a new object (`x-amz-tagging`) need s3:PutObjectTagging.
 */
export function s3RequestTargets(operation: string, input: Record<string, unknown>): RequestTarget[] {
  const bucket = str(input, 'Bucket');
  if (!bucket) return [{ resource: '*' }];
  if (operation === 'DeleteObjects') return deleteObjectsTargets(bucket, input);
  const key = str(input, 'Key');
  const resource = s3Arn(bucket, key);
  const targets: RequestTarget[] = [{ resource }];
  const bypass = input.BypassGovernanceRetention === true;
  if (operation === 'CopyObject' || operation === 'UploadPartCopy') targets.push(...copySourceTargets(operation, input));
  if (operation === 'GetObjectAttributes') {
    targets.push({ resource, action: hasVersion(input) ? 's3:GetObjectVersionAttributes' : 's3:GetObjectAttributes' });
  }
  if (bypass && (operation === 'PutObjectRetention' || operation === 'DeleteObject')) targets.push({ resource, action: 's3:BypassGovernanceRetention' });
  if (TAGGING_WRITES.has(operation) && typeof input.Tagging === 'string' && input.Tagging !== '' && (operation !== 'CopyObject' || input.TaggingDirective === 'REPLACE')) {
    targets.push({ resource, action: 's3:PutObjectTagging' });
  }
  return targets;
}

function deleteObjectsTargets(bucket: string, input: Record<string, unknown>): RequestTarget[] {
  const list = (input.Delete as { Objects?: unknown } | undefined)?.Objects;
  const targets: RequestTarget[] = [];
  (Array.isArray(list) ? list : []).forEach((entry: unknown, index) => {
    const object = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const key = str(object, 'Key');
    if (key === undefined) return;
    const versioned = hasVersion(object);
    const sub = { Bucket: bucket, Key: key, ...(versioned ? { VersionId: object.VersionId } : {}) };
    const common = { resource: s3Arn(bucket, key), operation: 'DeleteObject', input: sub, deferred: deleteObjectsItem(index) };
    targets.push({ ...common, action: versioned ? 's3:DeleteObjectVersion' : 's3:DeleteObject' });
    if (input.BypassGovernanceRetention === true) targets.push({ ...common, action: 's3:BypassGovernanceRetention' });
  });
  return targets;
}

function copySourceTargets(operation: string, input: Record<string, unknown>): RequestTarget[] {
  const source = parseCopySource(str(input, 'CopySource'));
  // An unreadable header gets the operation's own InvalidArgument.
  if (!source) return [];
  const read = { Bucket: source.bucket, Key: source.key, ...(source.versionId !== undefined ? { VersionId: source.versionId } : {}) };
  const resource = s3Arn(source.bucket, source.key);
  const versioned = source.versionId !== undefined;
  const targets: RequestTarget[] = [{ resource, action: versioned ? 's3:GetObjectVersion' : 's3:GetObject', operation: 'GetObject', input: read }];
  if (operation === 'CopyObject' && input.TaggingDirective !== 'REPLACE') {
    targets.push({
      resource, action: versioned ? 's3:GetObjectVersionTagging' : 's3:GetObjectTagging', operation: 'GetObjectTagging', input: read, deferred: COPY_SOURCE_TAGGING,
    });
  }
  return targets;
}

/** `x-amz-copy-source` as S3 reads it: `[/]bucket/key[?versionId=...]`, URL-encoded. */
export function parseCopySource(header: string | undefined): { bucket: string; key: string; versionId?: string } | undefined {
  if (header === undefined) return undefined;
  const query = header.indexOf('?');
  const path = query === -1 ? header : header.slice(0, query);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path.startsWith('/') ? path.slice(1) : path);
  } catch {
    return undefined;
  }
  const slash = decoded.indexOf('/');
  if (slash <= 0 || slash === decoded.length - 1) return undefined;
  const versionId = query === -1 ? undefined : (new URLSearchParams(header.slice(query + 1)).get('versionId') ?? undefined);
  return { bucket: decoded.slice(0, slash), key: decoded.slice(slash + 1), ...(versionId ? { versionId } : {}) };
}
