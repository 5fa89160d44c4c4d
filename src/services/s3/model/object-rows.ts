import type { OperationContext } from '../../define-service.js';
import { AwsError } from '../../../shared/aws-error.js';
import type { BucketRow, ObjectRow, StoredHeaders } from '../store.js';
import type { StagedBody } from './stage-body.js';
import { quote } from './etags.js';
import { checksumMember } from './checksums.js';
import { nextVersionSort } from './versions.js';
import { encryptionHeaders } from './object-encryption.js';
import { lockHeaders } from './object-lock.js';
import { restoreHeader } from './restore.js';

/**
 * The classes a general purpose bucket takes on PUT, copy and multipart. OUTPOSTS, SNOW and
 * EXPRESS_ONEZONE belong to Outposts, Snow devices and directory buckets: S3 refuses them here.
 */
export const STORAGE_CLASSES = [
  'STANDARD',
  'REDUCED_REDUNDANCY',
  'STANDARD_IA',
  'ONEZONE_IA',
  'INTELLIGENT_TIERING',
  'GLACIER',
  'DEEP_ARCHIVE',
  'GLACIER_IR',
] as const;

export function checkStorageClass(value: string | undefined): string {
  if (value === undefined) return 'STANDARD';
  if (!(STORAGE_CLASSES as readonly string[]).includes(value)) throw new AwsError('InvalidStorageClass', 'The storage class you specified is not valid', { fields: { StorageClassRequested: value } });
  return value;
}

/** The standard headers a PUT, copy or multipart create carries. */
export interface HeaderInput {
  ContentType?: string;
  CacheControl?: string;
  ContentDisposition?: string;
  ContentEncoding?: string;
  ContentLanguage?: string;
  Expires?: Date;
  WebsiteRedirectLocation?: string;
}

export function storedHeaders(input: HeaderInput): StoredHeaders {
  const headers: StoredHeaders = {};
  if (input.ContentType !== undefined) headers.ContentType = input.ContentType;
  if (input.CacheControl !== undefined) headers.CacheControl = input.CacheControl;
  if (input.ContentDisposition !== undefined) headers.ContentDisposition = input.ContentDisposition;
  // aws-chunked is transfer framing, not the object's encoding.
  const encoding = input.ContentEncoding?.split(',').map((e) => e.trim()).filter((e) => e && e !== 'aws-chunked').join(',');
  if (encoding) headers.ContentEncoding = encoding;
  if (input.ContentLanguage !== undefined) headers.ContentLanguage = input.ContentLanguage;
  if (input.Expires !== undefined && !Number.isNaN(input.Expires.getTime())) headers.Expires = input.Expires.getTime();
  if (input.WebsiteRedirectLocation !== undefined) headers.WebsiteRedirectLocation = input.WebsiteRedirectLocation;
  return headers;
}

/** Time in whole seconds, as Last-Modified carries it. */
export function nowSeconds(ctx: OperationContext): number {
  return Math.floor(ctx.clock.now() / 1000) * 1000;
}

export function newSort(ctx: OperationContext): string {
  return nextVersionSort(ctx.clock.now());
}

/** User metadata keys arrive lower-cased from the headers; S3 keeps them that way. */
export function normalizeMetadata(metadata: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(metadata ?? {})) out[key.toLowerCase()] = value;
  return out;
}

export interface ObjectHeadersOptions {
  checksumMode?: string;
  /** Set for whole-object reads only: a range's checksum is not the object's. */
  whole: boolean;
  /** Kumo's clock, for the restore state. */
  nowMs: number;
}

/** What GET and HEAD answer about an object, besides the body and its length. */
export function objectResponseHeaders(row: ObjectRow, bucket: BucketRow, options: ObjectHeadersOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ETag: row.etag,
    LastModified: new Date(row.lastModifiedMs),
    ContentType: row.headers.ContentType ?? 'binary/octet-stream',
    AcceptRanges: 'bytes',
    Metadata: row.metadata,
    ...encryptionHeaders(row),
    ...lockHeaders(row),
  };
  const h = row.headers;
  if (h.CacheControl !== undefined) out.CacheControl = h.CacheControl;
  if (h.ContentDisposition !== undefined) out.ContentDisposition = h.ContentDisposition;
  if (h.ContentEncoding !== undefined) out.ContentEncoding = h.ContentEncoding;
  if (h.ContentLanguage !== undefined) out.ContentLanguage = h.ContentLanguage;
  if (h.Expires !== undefined) out.Expires = new Date(h.Expires);
  if (h.WebsiteRedirectLocation !== undefined) out.WebsiteRedirectLocation = h.WebsiteRedirectLocation;
  if (bucket.versioning !== undefined) out.VersionId = row.versionId;
  if (row.storageClass !== 'STANDARD') out.StorageClass = row.storageClass;
  if (row.tags && row.tags.length > 0) out.TagCount = row.tags.length;
  if (row.replicationStatus !== undefined) out.ReplicationStatus = row.replicationStatus;
  const restore = restoreHeader(row, options.nowMs);
  if (restore !== undefined) out.Restore = restore;
  if (options.whole && options.checksumMode === 'ENABLED' && row.checksum) {
    out[checksumMember(row.checksum.algorithm)] = row.checksum.value;
    out.ChecksumType = row.checksum.type;
  }
  return out;
}

/** What a write says of a new object beside its bytes. */
export type NewObjectFields = Pick<ObjectRow, 'headers' | 'metadata' | 'storageClass'> & Partial<ObjectRow>;

/**
 * The row of an object written whole from one staged body (PutObject, CopyObject): one blob,
 * its MD5 as the ETag, a full-object checksum when one was computed.
 */
export function stagedObjectRow(ctx: OperationContext, key: string, staged: StagedBody, fields: NewObjectFields): ObjectRow {
  const { tags, ...rest } = fields;
  return {
    key,
    versionId: '',
    sort: newSort(ctx),
    lastModifiedMs: nowSeconds(ctx),
    etag: quote(staged.md5Hex),
    size: staged.blob.size,
    data: [{ id: staged.blob.id, size: staged.blob.size }],
    ownerAccountId: ctx.accountId,
    ...(staged.checksum ? { checksum: { ...staged.checksum, type: 'FULL_OBJECT' as const } } : {}),
    ...(tags && tags.length > 0 ? { tags } : {}),
    ...rest,
  };
}
