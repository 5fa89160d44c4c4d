import { Readable } from 'node:stream';
import type { BlobStore } from '../../../store/types.js';
import type { BlobRef } from '../store.js';

/** Inclusive byte range, like HTTP's. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Streams an object's bytes (or a range of them) from its blobs, one after the other, so a
 * multipart object is never copied into one file nor held in memory.
 */
export function openObjectData(blobs: BlobStore, data: readonly BlobRef[], range?: ByteRange): Readable {
  if (data.length === 1 && data[0]!.size > 0) return blobs.open(data[0]!.id, range);
  const pieces: Array<{ id: string; start: number; end: number }> = [];
  let offset = 0;
  for (const blob of data) {
    const blobStart = offset;
    const blobEnd = offset + blob.size - 1;
    offset += blob.size;
    if (blob.size === 0) continue;
    const start = range ? Math.max(range.start, blobStart) : blobStart;
    const end = range ? Math.min(range.end, blobEnd) : blobEnd;
    if (start > end) continue;
    pieces.push({ id: blob.id, start: start - blobStart, end: end - blobStart });
  }
  // Every piece is opened now, not when the stream reaches it, so an overwrite that removes
  // the parts' files meanwhile cannot cut the download short.
  const streams = pieces.map((piece) => blobs.open(piece.id, { start: piece.start, end: piece.end }));
  return Readable.from(
    (async function* () {
      for (const stream of streams) yield* stream;
    })(),
    { objectMode: false },
  );
}

/**
 * A Range header as S3 reads it: one range (`bytes=0-9`, `bytes=10-`, `bytes=-5`). Anything
 * else (several ranges, another unit, bad syntax) is ignored and the whole object is sent.
 * Returns 'unsatisfiable' for a range past the end.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | undefined {
  if (header === undefined) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  if (match[2] !== '' && Number(match[2]) < start) return undefined;
  if (start >= size) return 'unsatisfiable';
  const end = match[2] === '' ? size - 1 : Number(match[2]);
  return { start, end: Math.min(end, size - 1) };
}
