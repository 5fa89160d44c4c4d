import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { AwsChunkedDecoder, decodeAwsChunked, isAwsChunked } from './aws-chunked.js';

const signed = 'a;chunk-signature=abc\r\n0123456789\r\n5;chunk-signature=def\r\nhello\r\n0;chunk-signature=end\r\n\r\n';
const unsignedWithTrailer = '5\r\nhello\r\n0\r\nx-amz-checksum-crc32:NhCmhg==\r\n\r\n';

test('decodes signed chunks', () => {
  assert.equal(decodeAwsChunked(Buffer.from(signed)).body.toString(), '0123456789hello');
});

test('collects trailing checksum headers', () => {
  const decoded = decodeAwsChunked(Buffer.from(unsignedWithTrailer));
  assert.equal(decoded.body.toString(), 'hello');
  assert.deepEqual(decoded.trailers, { 'x-amz-checksum-crc32': 'NhCmhg==' });
});

test('decodes when the stream splits chunks at every byte', async () => {
  const bytes = [...Buffer.from(signed)].map((b) => Buffer.from([b]));
  const decoder = Readable.from(bytes).pipe(new AwsChunkedDecoder());
  const parts: Buffer[] = [];
  for await (const part of decoder) parts.push(part as Buffer);
  assert.equal(Buffer.concat(parts).toString(), '0123456789hello');
});

test('rejects a body cut short and a bad size', () => {
  assert.throws(() => decodeAwsChunked(Buffer.from('a\r\n0123')), /IncompleteBody|aws-chunked/);
  assert.throws(() => decodeAwsChunked(Buffer.from('zz\r\nhello\r\n')), /chunk size/);
});

test('recognises aws-chunked by encoding or payload marker', () => {
  assert.equal(isAwsChunked({ 'content-encoding': 'aws-chunked' }), true);
  assert.equal(isAwsChunked({ 'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER' }), true);
  assert.equal(isAwsChunked({ 'content-encoding': 'gzip' }), false);
});
