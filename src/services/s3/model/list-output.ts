import { invalidArgument } from '../errors.js';
import type { ObjectRow } from '../store.js';
import { ownerOf } from './buckets.js';
import { urlEncodeKey } from './list-keys.js';

/** max-keys: 1000 unless smaller; negative or non-integer is refused. */
export function pageSize(maxKeys: number | undefined): number {
  if (maxKeys === undefined) return 1000;
  if (!Number.isInteger(maxKeys) || maxKeys < 0) {
    throw invalidArgument('Argument maxKeys must be an integer between 0 and 2147483647', 'maxKeys', String(maxKeys));
  }
  return Math.min(maxKeys, 1000);
}

export function checkEncodingType(encodingType: string | undefined): ((text: string) => string) {
  if (encodingType === undefined) return (text) => text;
  if (encodingType !== 'url') throw invalidArgument('Invalid Encoding Method specified in Request', 'encoding-type', encodingType);
  return urlEncodeKey;
}

/** One `<Contents>` entry. */
export function contentsEntry(key: string, row: ObjectRow, encode: (text: string) => string, withOwner: boolean): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    Key: encode(key),
    LastModified: new Date(row.lastModifiedMs),
    ETag: row.etag,
    Size: row.size,
    StorageClass: row.storageClass,
  };
  if (row.checksum) {
    entry.ChecksumAlgorithm = [row.checksum.algorithm];
    entry.ChecksumType = row.checksum.type;
  }
  if (withOwner) entry.Owner = ownerOf(row.ownerAccountId);
  if (row.restore) entry.RestoreStatus = { IsRestoreInProgress: row.restore.ongoing, ...(row.restore.expiryMs ? { RestoreExpiryDate: new Date(row.restore.expiryMs) } : {}) };
  return entry;
}
