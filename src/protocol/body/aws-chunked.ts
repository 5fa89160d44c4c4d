import { createHash, type Hash } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { AwsError } from '../../shared/aws-error.js';

/**
 * Decodes an `aws-chunked` body: `<hex size>[;chunk-signature=...]\r\n<data>\r\n` repeated,
 * a zero-size chunk, then optional trailing headers (`x-amz-checksum-crc32:...`) and a blank
 * line. Current SDKs send S3 uploads this way. Trailers are collected for checksum checks.
 * The decoded size must match `x-amz-decoded-content-length` when sent (S3's IncompleteBody).
 * With a `ChunkSignatureCheck` (signed streaming uploads under KUMO_ENFORCE_SIGV4) each
 * chunk's data is hashed as it passes and its signature checked; without one nothing is hashed.
 */

/** Checks the signatures of a signed aws-chunked body; each method throws on a mismatch. */
export interface ChunkSignatureCheck {
  /** One chunk's `chunk-signature` (undefined when absent) and the SHA-256 of its data; the final chunk has none. */
  chunk(provided: string | undefined, dataHash: Buffer): void;
  /** The trailer's `x-amz-trailer-signature` over its lines as `name:value\n`; only for signed trailers. */
  trailer?(provided: string | undefined, canonical: string): void;
}

export interface AwsChunkedOptions {
  /** `x-amz-decoded-content-length`: the size the decoded data must have. */
  decodedLength?: number;
  signatures?: ChunkSignatureCheck;
}

const EMPTY_SHA256 = createHash('sha256').digest();
const TRAILER_SIGNATURE = 'x-amz-trailer-signature';

/** The aws-chunked state machine, fed buffers in any split; `emit` gets the decoded data. */
class ChunkedParser {
  readonly trailers: Record<string, string> = {};
  private pending: Buffer = Buffer.alloc(0);
  private remaining = 0;
  private state: 'size' | 'data' | 'data-end' | 'trailers' | 'done' = 'size';
  private decoded = 0;
  private readonly decodedLength: number | undefined;
  private readonly signatures: ChunkSignatureCheck | undefined;
  private chunkSignature: string | undefined;
  private chunkHash: Hash | undefined;
  private trailerCanonical = '';
  private trailerSignature: string | undefined;

  constructor(private readonly emit: (data: Buffer) => void, options: AwsChunkedOptions = {}) {
    this.decodedLength = options.decodedLength;
    this.signatures = options.signatures;
  }

  feed(chunk: Buffer): void {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    this.drain();
  }

  finish(): void {
    if (this.state === 'trailers' && this.pending.length > 0) this.readTrailerLines(true);
    if (this.state !== 'done' && this.state !== 'trailers') throw malformed('the body ended before its final chunk');
    // A body may end right after its final chunk, without the trailer's blank line.
    if (this.state === 'trailers') this.endTrailers();
    if (this.decodedLength !== undefined && this.decoded !== this.decodedLength) throw incompleteBody(this.decodedLength, this.decoded);
  }

  private drain(): void {
    for (;;) {
      if (this.state === 'size') {
        const eol = this.pending.indexOf('\r\n');
        if (eol < 0) {
          if (this.pending.length > 4096) throw malformed('a chunk header is too long');
          return;
        }
        const header = this.pending.subarray(0, eol).toString('latin1');
        this.pending = this.pending.subarray(eol + 2);
        const semicolon = header.indexOf(';');
        const sizeText = (semicolon < 0 ? header : header.slice(0, semicolon)).trim();
        if (!/^[0-9a-fA-F]+$/.test(sizeText)) throw malformed(`bad chunk size '${sizeText}'`);
        this.remaining = parseInt(sizeText, 16);
        if (this.signatures) this.startChunk(semicolon < 0 ? '' : header.slice(semicolon + 1));
        this.state = this.remaining === 0 ? 'trailers' : 'data';
        if (this.remaining === 0) this.endChunk();
      } else if (this.state === 'data') {
        if (this.pending.length === 0) return;
        const take = Math.min(this.remaining, this.pending.length);
        const data = this.pending.subarray(0, take);
        this.chunkHash?.update(data);
        this.output(data);
        this.pending = this.pending.subarray(take);
        this.remaining -= take;
        if (this.remaining === 0) {
          this.state = 'data-end';
          this.endChunk();
        }
      } else if (this.state === 'data-end') {
        if (this.pending.length < 2) return;
        if (this.pending[0] !== 0x0d || this.pending[1] !== 0x0a) throw malformed('a chunk is longer than its size');
        this.pending = this.pending.subarray(2);
        this.state = 'size';
      } else if (this.state === 'trailers') {
        if (!this.readTrailerLines(false)) return;
      } else {
        this.pending = Buffer.alloc(0);
        return;
      }
    }
  }

  /** Past the declared size nothing more is passed on (the body fails at its end), so no more is staged. */
  private output(data: Buffer): void {
    const before = this.decoded;
    this.decoded += data.length;
    if (this.decodedLength === undefined || this.decoded <= this.decodedLength) this.emit(data);
    else if (before < this.decodedLength) this.emit(data.subarray(0, this.decodedLength - before));
  }

  private startChunk(extensions: string): void {
    this.chunkSignature = undefined;
    for (const extension of extensions.split(';')) {
      const eq = extension.indexOf('=');
      if (eq > 0 && extension.slice(0, eq).trim() === 'chunk-signature') this.chunkSignature = extension.slice(eq + 1).trim();
    }
    this.chunkHash = this.remaining > 0 ? createHash('sha256') : undefined;
  }

  private endChunk(): void {
    if (!this.signatures) return;
    this.signatures.chunk(this.chunkSignature, this.chunkHash ? this.chunkHash.digest() : EMPTY_SHA256);
    this.chunkHash = undefined;
  }

  private endTrailers(): void {
    this.state = 'done';
    this.signatures?.trailer?.(this.trailerSignature, this.trailerCanonical);
  }

  /** Reads complete trailer lines; returns true when the blank line ending them was seen. */
  private readTrailerLines(atEnd: boolean): boolean {
    for (;;) {
      let eol = this.pending.indexOf('\r\n');
      if (eol < 0 && atEnd && this.pending.length > 0) eol = this.pending.length;
      if (eol < 0) {
        if (this.pending.length > 16_384) throw malformed('the trailing headers are too long');
        return false;
      }
      const line = this.pending.subarray(0, eol).toString('latin1');
      this.pending = this.pending.subarray(Math.min(eol + 2, this.pending.length));
      if (line === '') {
        this.endTrailers();
        return true;
      }
      const colon = line.indexOf(':');
      if (colon > 0) {
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (name === TRAILER_SIGNATURE) this.trailerSignature = value;
        else {
          this.trailers[name] = value;
          // Signed as sent, one `name:value\n` line each (SDKs send them sorted).
          if (this.signatures?.trailer) this.trailerCanonical += `${name}:${value}\n`;
        }
      }
      if (this.pending.length === 0 && atEnd) {
        this.endTrailers();
        return true;
      }
    }
  }
}

/** Streams an aws-chunked body's data; `trailers` is complete once the stream has ended. */
export class AwsChunkedDecoder extends Transform {
  private readonly parser: ChunkedParser;
  private source: Readable | undefined;

  constructor(options: AwsChunkedOptions = {}) {
    super();
    this.parser = new ChunkedParser((data) => this.push(data), options);
    this.once('pipe', (source: Readable) => (this.source = source));
  }

  get trailers(): Record<string, string> {
    return this.parser.trailers;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.parser.feed(chunk);
      callback();
    } catch (error) {
      this.refuse(error, callback);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.parser.finish();
      callback();
    } catch (error) {
      this.refuse(error, callback);
    }
  }

  /** A refused body: the rest of the request is read and dropped, so the connection stays usable. */
  private refuse(error: unknown, callback: TransformCallback): void {
    const source = this.source;
    if (source) {
      source.unpipe(this);
      source.resume();
    }
    callback(error as Error);
  }
}

/** Whether a request's body is aws-chunked, by its Content-Encoding or payload hash marker. */
export function isAwsChunked(headers: Readonly<Record<string, string>>): boolean {
  const encoding = headers['content-encoding'] ?? '';
  if (encoding.split(',').some((e) => e.trim() === 'aws-chunked')) return true;
  return (headers['x-amz-content-sha256'] ?? '').startsWith('STREAMING-');
}

/** The decoder options a request's headers call for, plus its signature check when there is one. */
export function awsChunkedOptions(headers: Readonly<Record<string, string>>, signatures?: ChunkSignatureCheck): AwsChunkedOptions {
  const declared = headers['x-amz-decoded-content-length'];
  const decodedLength = declared !== undefined && /^\d+$/.test(declared.trim()) ? Number(declared) : undefined;
  return { decodedLength, signatures };
}

/** Decodes a whole buffered aws-chunked body. */
export function decodeAwsChunked(body: Buffer, options: AwsChunkedOptions = {}): { body: Buffer; trailers: Record<string, string> } {
  const parts: Buffer[] = [];
  const parser = new ChunkedParser((data) => parts.push(data), options);
  parser.feed(body);
  parser.finish();
  return { body: Buffer.concat(parts), trailers: parser.trailers };
}

function malformed(detail: string): AwsError {
  return new AwsError('IncompleteBody', `The request body is not valid aws-chunked encoding: ${detail}.`, { status: 400 });
}

/** S3's answer when the decoded data is not `x-amz-decoded-content-length` bytes long. */
function incompleteBody(expected: number, provided: number): AwsError {
  return new AwsError('IncompleteBody', 'You did not provide the number of bytes specified by the Content-Length HTTP header', {
    status: 400,
    fields: { NumberBytesExpected: String(expected), NumberBytesProvided: String(provided) },
  });
}
