import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { AwsError } from '../../shared/aws-error.js';
import { AwsChunkedDecoder, awsChunkedOptions, decodeAwsChunked, isAwsChunked } from './aws-chunked.js';

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

test('the decoded size must match x-amz-decoded-content-length (S3 IncompleteBody)', () => {
  const options = awsChunkedOptions({ 'x-amz-decoded-content-length': '15' });
  assert.equal(decodeAwsChunked(Buffer.from(signed), options).body.toString(), '0123456789hello');
  for (const declared of ['14', '16']) {
    assert.throws(() => decodeAwsChunked(Buffer.from(signed), awsChunkedOptions({ 'x-amz-decoded-content-length': declared })), (error: AwsError) => {
      assert.equal(error.code, 'IncompleteBody');
      assert.equal(error.status, 400);
      assert.equal(error.message, 'You did not provide the number of bytes specified by the Content-Length HTTP header');
      assert.deepEqual(error.fields, { NumberBytesExpected: declared, NumberBytesProvided: '15' });
      return true;
    });
  }
});

test('data past the declared size is not passed on, and the stream fails at its end', async () => {
  const decoder = Readable.from([Buffer.from(signed)]).pipe(new AwsChunkedDecoder({ decodedLength: 12 }));
  const parts: Buffer[] = [];
  decoder.on('data', (part: Buffer) => parts.push(part));
  await assert.rejects(new Promise((resolve, reject) => decoder.on('end', resolve).on('error', reject)), /number of bytes/);
  assert.equal(Buffer.concat(parts).toString(), '0123456789he');
});

test('a chunk check sees every chunk signature and data hash, the final one with empty data', () => {
  const seen: Array<[string | undefined, string]> = [];
  const check = { chunk: (signature: string | undefined, hash: Buffer) => void seen.push([signature, hash.toString('hex')]) };
  decodeAwsChunked(Buffer.from(signed), { signatures: check });
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  assert.deepEqual(seen, [['abc', sha('0123456789')], ['def', sha('hello')], ['end', sha('')]]);
});

test('a signed trailer is checked over its lines as name:value\\n, without the signature line', () => {
  let got: [string | undefined, string] | undefined;
  const check = { chunk: () => {}, trailer: (signature: string | undefined, canonical: string) => void (got = [signature, canonical]) };
  const body = '5\r\nhello\r\n0\r\nx-amz-checksum-crc32:NhCmhg==\r\nx-amz-trailer-signature:abc\r\n\r\n';
  const decoded = decodeAwsChunked(Buffer.from(body), { signatures: check });
  assert.deepEqual(got, ['abc', 'x-amz-checksum-crc32:NhCmhg==\n']);
  assert.deepEqual(decoded.trailers, { 'x-amz-checksum-crc32': 'NhCmhg==' });
  // A body that ends after its final chunk still has its (missing) trailer signature checked.
  got = undefined;
  decodeAwsChunked(Buffer.from('5\r\nhello\r\n0\r\n'), { signatures: check });
  assert.deepEqual(got, [undefined, '']);
});
