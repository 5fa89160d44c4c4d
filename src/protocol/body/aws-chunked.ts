import { Transform, type TransformCallback } from 'node:stream';
import { AwsError } from '../../shared/aws-error.js';

/**
 * Decodes an `aws-chunked` body: `<hex size>[;chunk-signature=...]\r\n<data>\r\n` repeated,
 * a zero-size chunk, then optional trailing headers (`x-amz-checksum-crc32:...`) and a blank
 * line. Current SDKs send S3 uploads this way. Trailers are collected for checksum checks.
 */
/** The aws-chunked state machine, fed buffers in any split; `emit` gets the decoded data. */
class ChunkedParser {
  readonly trailers: Record<string, string> = {};
  private pending: Buffer = Buffer.alloc(0);
  private remaining = 0;
  private state: 'size' | 'data' | 'data-end' | 'trailers' | 'done' = 'size';

  constructor(private readonly emit: (data: Buffer) => void) {}

  feed(chunk: Buffer): void {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    this.drain();
  }

  finish(): void {
    if (this.state === 'trailers' && this.pending.length > 0) this.readTrailerLines(true);
    if (this.state !== 'done' && this.state !== 'trailers') throw malformed('the body ended before its final chunk');
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
        const sizeText = header.split(';')[0]!.trim();
        if (!/^[0-9a-fA-F]+$/.test(sizeText)) throw malformed(`bad chunk size '${sizeText}'`);
        this.remaining = parseInt(sizeText, 16);
        this.state = this.remaining === 0 ? 'trailers' : 'data';
      } else if (this.state === 'data') {
        if (this.pending.length === 0) return;
        const take = Math.min(this.remaining, this.pending.length);
        this.emit(this.pending.subarray(0, take));
        this.pending = this.pending.subarray(take);
        this.remaining -= take;
        if (this.remaining === 0) this.state = 'data-end';
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

  /** Reads complete trailer lines; returns true when the blank line ending them was seen. */
  private readTrailerLines(atEnd: boolean): boolean {
    for (;;) {
      let eol = this.pending.indexOf('\r\n');
      if (eol < 0 && atEnd && this.pending.length > 0) eol = this.pending.length;
      if (eol < 0) return false;
      const line = this.pending.subarray(0, eol).toString('latin1');
      this.pending = this.pending.subarray(Math.min(eol + 2, this.pending.length));
      if (line === '') {
        this.state = 'done';
        return true;
      }
      const colon = line.indexOf(':');
      if (colon > 0) this.trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      if (this.pending.length === 0 && atEnd) {
        this.state = 'done';
        return true;
      }
    }
  }
}

/** Streams an aws-chunked body's data; `trailers` is complete once the stream has ended. */
export class AwsChunkedDecoder extends Transform {
  private readonly parser = new ChunkedParser((data) => this.push(data));

  get trailers(): Record<string, string> {
    return this.parser.trailers;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.parser.feed(chunk);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.parser.finish();
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }
}

/** Whether a request's body is aws-chunked, by its Content-Encoding or payload hash marker. */
export function isAwsChunked(headers: Readonly<Record<string, string>>): boolean {
  const encoding = headers['content-encoding'] ?? '';
  if (encoding.split(',').some((e) => e.trim() === 'aws-chunked')) return true;
  return (headers['x-amz-content-sha256'] ?? '').startsWith('STREAMING-');
}

/** Decodes a whole buffered aws-chunked body. */
export function decodeAwsChunked(body: Buffer): { body: Buffer; trailers: Record<string, string> } {
  const parts: Buffer[] = [];
  const parser = new ChunkedParser((data) => parts.push(data));
  parser.feed(body);
  parser.finish();
  return { body: Buffer.concat(parts), trailers: parser.trailers };
}

function malformed(detail: string): AwsError {
  return new AwsError('IncompleteBody', `The request body is not valid aws-chunked encoding: ${detail}.`, { status: 400 });
}
