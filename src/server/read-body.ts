import type { IncomingMessage } from 'node:http';
import { PassThrough, type Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { AwsChunkedDecoder, awsChunkedOptions, decodeAwsChunked, isAwsChunked, type ChunkSignatureCheck } from '../protocol/body/aws-chunked.js';
import { AwsError } from '../shared/aws-error.js';
import { readStreamHead } from '../shared/read-stream-head.js';

export interface DecodedBody {
  body: Buffer;
  trailers?: Record<string, string>;
}

/**
 * Buffers a request body up to `limit` bytes, removing aws-chunked framing, and gzip when the
 * operation accepts compressed requests. Past the limit the client gets a clear 413.
 */
export async function readBody(req: IncomingMessage, headers: Readonly<Record<string, string>>, limit: number, gzipAllowed: boolean, signatures?: ChunkSignatureCheck): Promise<DecodedBody> {
  const declared = Number(headers['content-length'] ?? '0');
  if (declared > limit) throw tooLarge(limit);
  const { head: parts, ended } = await readStreamHead(req, limit);
  if (!ended) {
    req.resume();
    throw tooLarge(limit);
  }
  const size = parts.reduce((n, part) => n + part.length, 0);
  let body = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
  let trailers: Record<string, string> | undefined;
  if (isAwsChunked(headers)) ({ body, trailers } = decodeAwsChunked(body, awsChunkedOptions(headers, signatures)));
  if (gzipAllowed && contentEncodings(headers).includes('gzip')) {
    try {
      body = gunzipSync(body, { maxOutputLength: limit });
    } catch {
      throw new AwsError('SerializationException', 'The request body could not be decompressed as gzip.', { status: 400 });
    }
  }
  return { body, trailers };
}

/** The body of a streaming-payload operation (S3 uploads), never held whole in memory. */
export function streamBody(req: IncomingMessage, headers: Readonly<Record<string, string>>, signatures?: ChunkSignatureCheck): { stream: Readable; trailers: () => Record<string, string> } {
  if (!isAwsChunked(headers)) {
    const stream = req.pipe(new PassThrough());
    return { stream, trailers: () => ({}) };
  }
  const decoder = new AwsChunkedDecoder(awsChunkedOptions(headers, signatures));
  req.on('error', (error) => decoder.destroy(error));
  return { stream: req.pipe(decoder), trailers: () => decoder.trailers };
}

function contentEncodings(headers: Readonly<Record<string, string>>): string[] {
  return (headers['content-encoding'] ?? '').split(',').map((e) => e.trim().toLowerCase());
}

function tooLarge(limit: number): AwsError {
  return new AwsError(
    'RequestEntityTooLarge',
    `The request body is larger than Kumo's limit of ${limit} bytes (set KUMO_MAX_BODY_BYTES to raise it).`,
    { status: 413 },
  );
}
