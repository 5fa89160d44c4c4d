import type { ConditionKeyRequest } from '../../../policy/index.js';
import type { Store } from '../../../store/types.js';
import { bucketsTable, type Tag } from '../store.js';
import { objectRow } from './access.js';

/** Operations whose object's existing tags S3 offers as `s3:ExistingObjectTag/<key>` (AWS's list). */
const EXISTING_TAG_OPERATIONS = new Set(['GetObject', 'HeadObject', 'GetObjectAcl', 'PutObjectAcl', 'GetObjectTagging', 'PutObjectTagging', 'DeleteObjectTagging', 'GetObjectAttributes']);

const STRING_KEYS: Array<[string, string]> = [
  ['ACL', 's3:x-amz-acl'],
  ['GrantRead', 's3:x-amz-grant-read'],
  ['GrantWrite', 's3:x-amz-grant-write'],
  ['GrantReadACP', 's3:x-amz-grant-read-acp'],
  ['GrantWriteACP', 's3:x-amz-grant-write-acp'],
  ['GrantFullControl', 's3:x-amz-grant-full-control'],
  ['Prefix', 's3:prefix'],
  ['Delimiter', 's3:delimiter'],
  ['VersionId', 's3:VersionId'],
  ['ServerSideEncryption', 's3:x-amz-server-side-encryption'],
  ['SSEKMSKeyId', 's3:x-amz-server-side-encryption-aws-kms-key-id'],
  ['StorageClass', 's3:x-amz-storage-class'],
  ['MetadataDirective', 's3:x-amz-metadata-directive'],
  ['CopySource', 's3:x-amz-copy-source'],
  ['ObjectLockMode', 's3:object-lock-mode'],
  ['ObjectLockLegalHoldStatus', 's3:object-lock-legal-hold'],
  ['IfMatch', 's3:if-match'],
  ['IfNoneMatch', 's3:if-none-match'],
];

/**
 * S3's condition keys for one request, from its input (headers and query as the model names
 * them) and, for `s3:ExistingObjectTag/<key>`, the object's stored tags. Used by the authorize
 * step (KUMO_ENFORCE_IAM=1) and by S3's own check of anonymous requests.
 */
export function s3ConditionKeys(request: ConditionKeyRequest): Record<string, string[]> {
  const { input, operation } = request;
  const keys: Record<string, string[]> = {};
  for (const [member, key] of STRING_KEYS) {
    const value = input[member];
    if (typeof value === 'string') keys[key] = [value];
  }
  if (typeof input.MaxKeys === 'number') keys['s3:max-keys'] = [String(input.MaxKeys)];
  if (typeof input.MaxUploads === 'number') keys['s3:max-keys'] = [String(input.MaxUploads)];
  const requested = requestTags(input);
  if (requested) {
    keys['s3:RequestObjectTagKeys'] = requested.map((t) => t.Key);
    for (const tag of requested) keys[`s3:RequestObjectTag/${tag.Key}`] = [tag.Value];
  }
  if (EXISTING_TAG_OPERATIONS.has(operation) && typeof input.Bucket === 'string' && typeof input.Key === 'string') {
    const store = request.store as Store;
    // Buckets are global: the scope key is ignored.
    const bucket = store.table(bucketsTable, { accountId: '', region: '' }).get(input.Bucket);
    const row = bucket ? objectRow(store, bucket, input.Key, typeof input.VersionId === 'string' ? input.VersionId : undefined) : undefined;
    for (const tag of row?.tags ?? []) keys[`s3:ExistingObjectTag/${tag.Key}`] = [tag.Value];
  }
  return keys;
}

/** Tags a write asks for: `x-amz-tagging` (a query string) or PutObjectTagging's TagSet. */
function requestTags(input: Record<string, unknown>): Tag[] | undefined {
  if (typeof input.Tagging === 'string') return [...new URLSearchParams(input.Tagging)].map(([Key, Value]) => ({ Key, Value }));
  const tagging = input.Tagging as { TagSet?: unknown } | undefined;
  if (tagging && Array.isArray(tagging.TagSet)) {
    return (tagging.TagSet as Array<{ Key?: unknown; Value?: unknown }>).map((t) => ({ Key: String(t.Key ?? ''), Value: String(t.Value ?? '') }));
  }
  return undefined;
}
