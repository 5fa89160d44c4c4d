import type { OperationContext } from '../../define-service.js';
import { ownerOf, requireBucket } from '../model/buckets.js';
import { listKeys, PAST_PREFIX } from '../model/list-keys.js';
import { checkEncodingType, pageSize } from '../model/list-output.js';
import { objectsTable, versionPrefix, versionsTable, VERSION_SEPARATOR, type BucketRow, type ObjectRow } from '../store.js';

export interface ListObjectVersionsInput {
  Bucket: string;
  Prefix?: string;
  Delimiter?: string;
  KeyMarker?: string;
  VersionIdMarker?: string;
  MaxKeys?: number;
  EncodingType?: string;
}

type Entry = { kind: 'version'; row: ObjectRow; latest: boolean } | { kind: 'prefix'; prefix: string };
const SCAN_CHUNK = 1000;

export function listObjectVersions(input: ListObjectVersionsInput, ctx: OperationContext): Record<string, unknown> {
  const bucket = requireBucket(ctx, input.Bucket);
  const maxKeys = pageSize(input.MaxKeys);
  const encode = checkEncodingType(input.EncodingType);
  const prefix = input.Prefix ?? '';
  const delimiter = input.Delimiter || undefined;
  const { entries, truncated } = maxKeys === 0 ? { entries: [], truncated: false } : bucket.versioning === undefined ? unversioned(ctx, bucket, input, prefix, delimiter, maxKeys) : versioned(ctx, bucket, input, prefix, delimiter, maxKeys);
  const versions = [];
  const markers = [];
  const prefixes = [];
  for (const entry of entries) {
    if (entry.kind === 'prefix') {
      prefixes.push({ Prefix: encode(entry.prefix) });
      continue;
    }
    const row = entry.row;
    const common = { Key: encode(row.key), VersionId: row.versionId, IsLatest: entry.latest, LastModified: new Date(row.lastModifiedMs), Owner: ownerOf(row.ownerAccountId) };
    if (row.deleteMarker) markers.push(common);
    else {
      versions.push({
        ...common,
        ETag: row.etag,
        Size: row.size,
        StorageClass: row.storageClass,
        ...(row.checksum ? { ChecksumAlgorithm: [row.checksum.algorithm], ChecksumType: row.checksum.type } : {}),
      });
    }
  }
  const output: Record<string, unknown> = {
    Name: bucket.name,
    Prefix: encode(prefix),
    KeyMarker: encode(input.KeyMarker ?? ''),
    VersionIdMarker: input.VersionIdMarker ?? '',
    MaxKeys: input.MaxKeys ?? 1000,
    IsTruncated: truncated,
  };
  if (delimiter !== undefined) output.Delimiter = encode(delimiter);
  if (input.EncodingType !== undefined) output.EncodingType = input.EncodingType;
  if (versions.length > 0) output.Versions = versions;
  if (markers.length > 0) output.DeleteMarkers = markers;
  if (prefixes.length > 0) output.CommonPrefixes = prefixes;
  const last = entries[entries.length - 1];
  if (truncated && last) {
    if (last.kind === 'prefix') output.NextKeyMarker = encode(last.prefix);
    else {
      output.NextKeyMarker = encode(last.row.key);
      output.NextVersionIdMarker = last.row.versionId;
    }
  }
  return output;
}

function unversioned(ctx: OperationContext, bucket: BucketRow, input: ListObjectVersionsInput, prefix: string, delimiter: string | undefined, maxKeys: number) {
  // A version-id marker inside a key means that key's only (null) version was listed already.
  const page = listKeys(ctx.table(objectsTable), bucket.name, { prefix, delimiter, after: input.KeyMarker, maxKeys });
  const entries: Entry[] = page.entries.map((e) => (e.kind === 'object' ? { kind: 'version', row: e.row, latest: true } : { kind: 'prefix', prefix: e.prefix }));
  return { entries, truncated: page.truncated };
}

/** Keys in order, each key's versions newest first; common prefixes are jumped over. */
function versioned(ctx: OperationContext, bucket: BucketRow, input: ListObjectVersionsInput, prefix: string, delimiter: string | undefined, maxKeys: number) {
  const table = ctx.table(versionsTable);
  const base = `${bucket.name}/`;
  let after: string | undefined;
  let latestKnown: string | undefined;
  if (input.KeyMarker) {
    after = `${base}${input.KeyMarker}${VERSION_SEPARATOR}${PAST_PREFIX}`;
    if (input.VersionIdMarker) {
      const marker = table.list({ prefix: versionPrefix(bucket.name, input.KeyMarker) }).find((r) => r.value.versionId === input.VersionIdMarker);
      if (marker) {
        after = marker.key;
        latestKnown = input.KeyMarker;
      }
    }
  }
  const entries: Entry[] = [];
  let previousKey = latestKnown;
  let truncated = false;
  scan: for (;;) {
    const rows = table.list({ prefix: base + prefix, after, limit: SCAN_CHUNK });
    for (const { key: fullKey, value } of rows) {
      const cut = delimiter ? value.key.indexOf(delimiter, prefix.length) : -1;
      if (cut >= 0) {
        const common = value.key.slice(0, cut + delimiter!.length);
        after = base + common + PAST_PREFIX;
        if (common === input.KeyMarker) continue scan;
        if (entries.length === maxKeys) {
          truncated = true;
          break scan;
        }
        entries.push({ kind: 'prefix', prefix: common });
        continue scan;
      }
      if (entries.length === maxKeys) {
        truncated = true;
        break scan;
      }
      entries.push({ kind: 'version', row: value, latest: value.key !== previousKey });
      previousKey = value.key;
      after = fullKey;
    }
    if (rows.length < SCAN_CHUNK) break;
  }
  return { entries, truncated };
}
