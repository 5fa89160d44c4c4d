import { Readable } from 'node:stream';
import type { OperationContext } from '../../define-service.js';
import type { StagedBlob } from '../../../store/types.js';
import { badDigest, checksumMismatch, invalidDigest, invalidRequest } from '../errors.js';
import type { ChecksumAlgorithm } from '../store.js';
import { CHECKSUM_ALGORITHMS, ChecksumTap, checksumMember, parseChecksumAlgorithm } from './checksums.js';

/** The checksum members PutObject and UploadPart share. */
export interface ChecksumInput {
  ContentMD5?: string;
  ChecksumAlgorithm?: string;
  ChecksumCRC32?: string;
  ChecksumCRC32C?: string;
  ChecksumSHA1?: string;
  ChecksumSHA256?: string;
  ChecksumCRC64NVME?: string;
}

export interface StagedBody {
  blob: StagedBlob;
  md5Hex: string;
  checksum?: { algorithm: ChecksumAlgorithm; value: string };
}

/**
 * Streams a request body into the blob store, computing MD5 (the ETag) and the requested
 * checksum on the way, then checks Content-MD5 and the checksum sent in a header or in an
 * aws-chunked trailer. A body that fails a check is discarded and the error thrown.
 */
export async function stageBody(ctx: OperationContext, body: unknown, input: ChecksumInput): Promise<StagedBody> {
  const source = toReadable(body);
  const provided = CHECKSUM_ALGORITHMS.filter((a) => input[checksumMember(a)] !== undefined);
  if (provided.length > 1) {
    source.resume();
    throw invalidRequest('Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.');
  }
  const algorithm = provided[0] ?? parseChecksumAlgorithm(input.ChecksumAlgorithm);
  if (input.ChecksumAlgorithm !== undefined && parseChecksumAlgorithm(input.ChecksumAlgorithm) === undefined) {
    source.resume();
    throw invalidRequest('Value for x-amz-sdk-checksum-algorithm header is invalid.');
  }
  let expectedMd5: Buffer | undefined;
  if (input.ContentMD5 !== undefined) {
    expectedMd5 = Buffer.from(input.ContentMD5, 'base64');
    if (expectedMd5.length !== 16) {
      source.resume();
      throw invalidDigest(input.ContentMD5);
    }
  }
  const tap = algorithm ? new ChecksumTap(algorithm) : undefined;
  if (tap) source.on('error', (error) => tap.destroy(error));
  const blob = await ctx.store.blobs.stage(tap ? source.pipe(tap) : source);
  try {
    if (expectedMd5 && !expectedMd5.equals(blob.md5)) throw badDigest();
    let checksum: StagedBody['checksum'];
    if (algorithm && tap) {
      const value = tap.base64();
      const trailer = ctx.requestTrailers?.()[`x-amz-checksum-${algorithm.toLowerCase()}`];
      const expected = input[checksumMember(algorithm)] ?? trailer;
      if (expected !== undefined && expected !== value) throw checksumMismatch(algorithm);
      checksum = { algorithm, value };
    }
    return { blob, md5Hex: blob.md5.toString('hex'), checksum };
  } catch (error) {
    blob.discard();
    throw error;
  }
}

export function toReadable(body: unknown): Readable {
  if (body instanceof Readable) return body;
  if (body instanceof Uint8Array) return Readable.from([Buffer.from(body.buffer, body.byteOffset, body.byteLength)]);
  if (typeof body === 'string') return Readable.from([Buffer.from(body)]);
  return Readable.from([]);
}

/** Reads and drops a body the operation refuses, so the connection stays usable. */
export function discardBody(body: unknown): void {
  if (body instanceof Readable) body.resume();
}
