import { request } from 'node:http';
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { SignatureV4 } from '@smithy/signature-v4';

/** SHA-256 (HMAC with a secret) in the shape SignatureV4 wants. */
class Sha256 {
  private readonly hash: Hash | Hmac;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return this.hash.digest();
  }
}

function bytes(data: string | ArrayBuffer | ArrayBufferView): string | Buffer {
  if (typeof data === 'string') return data;
  return ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(data);
}

export type ChunkedMode = 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD' | 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER' | 'STREAMING-UNSIGNED-PAYLOAD-TRAILER';

export interface ChunkedPut {
  credentials: { accessKeyId: string; secretAccessKey: string };
  path: string;
  chunks: Buffer[];
  mode: ChunkedMode;
  /** Changes one byte of chunk `n`'s data after signing. */
  tamperChunk?: number;
  /** Sends chunk `n` without its chunk-signature. */
  dropSignature?: number;
  trailerSignature?: string;
  decodedLength?: number;
}

/**
 * PUTs an aws-chunked body signed the way the SDKs that sign chunks do (AWS Java SDK, .NET):
 * the request signed by @smithy/signature-v4 with the streaming marker as payload hash, then
 * each chunk chained from that seed, the trailer (CRC32 of the data) from the final chunk.
 */
export async function putChunked(endpoint: string, put: ChunkedPut): Promise<{ status: number; body: string }> {
  const url = new URL(endpoint);
  const now = new Date();
  const amzDate = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const scope = `${amzDate.slice(0, 8)}/us-east-1/s3/aws4_request`;
  const data = Buffer.concat(put.chunks);
  const trailer = put.mode.endsWith('-TRAILER');
  const signedChunks = !put.mode.startsWith('STREAMING-UNSIGNED');
  const frame = (signatures: string[], trailerSignature: string): Buffer => {
    const parts: Buffer[] = [];
    [...put.chunks, Buffer.alloc(0)].forEach((chunk, i) => {
      const extension = signedChunks && put.dropSignature !== i ? `;chunk-signature=${signatures[i]}` : '';
      parts.push(Buffer.from(`${chunk.length.toString(16)}${extension}\r\n`), chunk);
      if (chunk.length > 0) parts.push(Buffer.from('\r\n'));
    });
    if (trailer) {
      const checksum = Buffer.alloc(4);
      checksum.writeUInt32BE(crc32(data));
      parts.push(Buffer.from(`x-amz-checksum-crc32:${checksum.toString('base64')}\r\n`));
      if (signedChunks) parts.push(Buffer.from(`x-amz-trailer-signature:${trailerSignature}\r\n`));
    }
    parts.push(Buffer.from('\r\n'));
    return Buffer.concat(parts);
  };
  const placeholder = 'x'.repeat(64);
  const length = frame(put.chunks.map(() => placeholder).concat(placeholder), placeholder).length;
  const headers: Record<string, string> = {
    host: url.host,
    'content-encoding': 'aws-chunked',
    'content-length': String(length),
    'x-amz-content-sha256': put.mode,
    'x-amz-decoded-content-length': String(put.decodedLength ?? data.length),
    ...(trailer ? { 'x-amz-trailer': 'x-amz-checksum-crc32', 'x-amz-sdk-checksum-algorithm': 'CRC32' } : {}),
  };
  const signer = new SignatureV4({ service: 's3', region: 'us-east-1', credentials: put.credentials, sha256: Sha256, uriEscapePath: false });
  const signed = await signer.sign({ method: 'PUT', protocol: 'http:', hostname: url.hostname, port: Number(url.port), path: put.path, headers, query: {} }, { signingDate: now });
  const signedHeaders = signed.headers as Record<string, string>;
  const seed = /Signature=([0-9a-f]{64})/.exec(signedHeaders.authorization ?? '')![1]!;

  const key = [amzDate.slice(0, 8), 'us-east-1', 's3', 'aws4_request'].reduce<Buffer>(
    (k, part) => createHmac('sha256', k).update(part).digest(),
    Buffer.from(`AWS4${put.credentials.secretAccessKey}`),
  );
  const hmacHex = (text: string) => createHmac('sha256', key).update(text).digest('hex');
  const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
  const signatures: string[] = [];
  let previous = seed;
  for (const chunk of [...put.chunks, Buffer.alloc(0)]) {
    previous = hmacHex(['AWS4-HMAC-SHA256-PAYLOAD', amzDate, scope, previous, sha(''), sha(chunk)].join('\n'));
    signatures.push(previous);
  }
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(data));
  const trailerSignature = put.trailerSignature ?? hmacHex(['AWS4-HMAC-SHA256-TRAILER', amzDate, scope, previous, sha(`x-amz-checksum-crc32:${checksum.toString('base64')}\n`)].join('\n'));
  if (put.tamperChunk !== undefined) put.chunks[put.tamperChunk]![0] ^= 1;
  const wire = frame(signatures, trailerSignature);

  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method: 'PUT', path: put.path, headers: signedHeaders }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    // Written in pieces, as a client streaming a file would.
    for (let offset = 0; offset < wire.length; offset += 1000) req.write(wire.subarray(offset, offset + 1000));
    req.end();
  });
}
