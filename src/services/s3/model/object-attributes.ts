import { invalidArgument } from '../errors.js';
import type { ObjectRow } from '../store.js';
import { checksumMember } from './checksums.js';

/** The names `x-amz-object-attributes` takes. */
const ATTRIBUTES = new Set(['ETag', 'Checksum', 'ObjectParts', 'StorageClass', 'ObjectSize']);

const invalidAttribute = () => invalidArgument('Invalid attribute name specified.');

/** The attributes asked for; none, or a name S3 does not know, is `InvalidArgument`. */
export function parseObjectAttributes(values: readonly string[] | undefined): Set<string> {
  const names = (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  if (names.length === 0) throw invalidAttribute();
  for (const name of names) if (!ATTRIBUTES.has(name)) throw invalidAttribute();
  return new Set(names);
}

/**
 * The object's checksum as GetObjectAttributes shows it: a composite multipart checksum
 * comes without its `-N` suffix (HEAD and GET keep it).
 */
export function attributesChecksum(row: ObjectRow): Record<string, string> | undefined {
  const checksum = row.checksum;
  if (!checksum) return undefined;
  return { [checksumMember(checksum.algorithm)]: checksum.value.replace(/-\d+$/, ''), ChecksumType: checksum.type };
}

export interface PartsPage {
  marker?: number;
  maxParts?: number;
}

const DEFAULT_MAX_PARTS = 1000;

/**
 * ObjectParts for a multipart object (undefined for a single PUT). S3 lists the parts, as
 * ListParts pages them, only when the object has a COMPOSITE additional checksum; otherwise it
 * gives the part count alone. Objects completed before Kumo kept part numbers count from 1.
 */
export function objectParts(row: ObjectRow, page: PartsPage): Record<string, unknown> | undefined {
  const sizes = row.partSizes;
  if (!sizes) return undefined;
  const checksums = row.partChecksums;
  if (row.checksum?.type !== 'COMPOSITE' || !checksums || checksums.length !== sizes.length) return { TotalPartsCount: sizes.length };
  const marker = page.marker ?? 0;
  const maxParts = Math.min(Math.max(page.maxParts ?? DEFAULT_MAX_PARTS, 0), DEFAULT_MAX_PARTS);
  if (!Number.isInteger(marker) || marker < 0) throw invalidArgument('Part number marker must be a non-negative integer', 'part-number-marker', String(marker));
  const member = checksumMember(row.checksum.algorithm);
  const all = sizes.map((size, i) => ({ PartNumber: row.partNumbers?.[i] ?? i + 1, Size: size, [member]: checksums[i]! }));
  const after = all.filter((p) => p.PartNumber > marker);
  const parts = after.slice(0, maxParts);
  const truncated = after.length > parts.length;
  return {
    TotalPartsCount: sizes.length,
    PartNumberMarker: marker,
    ...(parts.length > 0 ? { NextPartNumberMarker: parts[parts.length - 1]!.PartNumber } : {}),
    MaxParts: maxParts,
    IsTruncated: truncated,
    Parts: parts,
  };
}
