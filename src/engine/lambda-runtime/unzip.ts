import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** One file in a zip's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  /** Unix mode bits when the archive was made on Unix (so `bootstrap` stays executable). */
  mode?: number;
}

export class ZipError extends Error {}

/**
 * Reads a zip's central directory (no ZIP64, no encryption: Lambda's own limits keep code
 * well under 4 GB). Throws ZipError for anything that is not a readable archive.
 */
export function readZipEntries(zip: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50) throw new ZipError('bad central directory');
    const madeBy = zip.readUInt16LE(offset + 4) >> 8;
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const external = zip.readUInt32LE(offset + 38);
    entries.push({
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      size: zip.readUInt32LE(offset + 24),
      localHeaderOffset: zip.readUInt32LE(offset + 42),
      mode: madeBy === 3 ? (external >>> 16) & 0o7777 : undefined,
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Unpacks a zip into `target`, refusing entries that would land outside it. */
export function extractZip(zip: Buffer, target: string): void {
  const root = resolve(target);
  mkdirSync(root, { recursive: true });
  for (const entry of readZipEntries(zip)) {
    const path = resolve(root, entry.name);
    if (path !== root && !path.startsWith(root + sep)) throw new ZipError(`entry outside the archive root: ${entry.name}`);
    if (entry.name.endsWith('/')) {
      mkdirSync(path, { recursive: true });
      continue;
    }
    const data = entryData(zip, entry);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
    if (entry.mode) chmodSync(path, entry.mode | 0o400);
  }
}

function entryData(zip: Buffer, entry: ZipEntry): Buffer {
  const header = entry.localHeaderOffset;
  if (zip.readUInt32LE(header) !== 0x04034b50) throw new ZipError(`bad local header for ${entry.name}`);
  const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
  const raw = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(raw);
  if (entry.method === 8) {
    try {
      return inflateRawSync(raw);
    } catch {
      throw new ZipError(`cannot inflate ${entry.name}`);
    }
  }
  throw new ZipError(`unsupported compression method ${entry.method} for ${entry.name}`);
}

function findEndOfCentralDirectory(zip: Buffer): number {
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) return i;
  }
  throw new ZipError('no end of central directory');
}

