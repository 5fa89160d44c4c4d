import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import { AwsChunkedDecoder, decodeAwsChunked } from '../protocol/body/aws-chunked.js';
import type { AwsError } from '../shared/aws-error.js';
import { chunkSignatureCheck } from './chunk-signatures.js';

// The worked examples of AWS's "Transferring Payload in Multiple Chunks" and "Including
// Trailing Headers" pages: 64 KiB and 1 KiB of 'a', signed by the documentation's example key.
const AMZ_DATE = '20130524T000000Z';
const SCOPE = '20130524/us-east-1/s3/aws4_request';
const signingKey = ['20130524', 'us-east-1', 's3', 'aws4_request'].reduce<Buffer>(
  (key, part) => createHmac('sha256', key).update(part).digest(),
  Buffer.from('AWS4wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'),
);
const check = (seedSignature: string, trailer = false) =>
  chunkSignatureCheck({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', amzDate: AMZ_DATE, scope: SCOPE, signingKey, seedSignature, trailer });

function body(signatures: string[], trailer?: string): Buffer {
  const [first, second, last] = signatures;
  return Buffer.concat([
    Buffer.from(`10000;chunk-signature=${first}\r\n`), Buffer.alloc(65536, 'a'), Buffer.from('\r\n'),
    Buffer.from(`400;chunk-signature=${second}\r\n`), Buffer.alloc(1024, 'a'), Buffer.from('\r\n'),
    Buffer.from(`0;chunk-signature=${last}\r\n${trailer ?? '\r\n'}`),
  ]);
}

const CHUNKED = {
  seed: '4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9',
  chunks: [
    'ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648',
    '0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497',
    'b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9',
  ],
};
const TRAILING = {
  seed: '106e2a8a18243abcf37539882f36619c00e2dfc72633413f02d3b74544bfeb8e',
  chunks: [
    'b474d8862b1487a5145d686f57f013e54db672cee1c953b3010fb58501ef5aa2',
    '1c1344b170168f8e65b41376b44b20fe354e373826ccbbe2c1d40a8cae51e5c7',
    '2ca2aba2005185cf7159c6277faf83795951dd77a3a99e6e65d5c9f85863f992',
  ],
  trailer: 'x-amz-checksum-crc32c:sOO8/Q==\r\nx-amz-trailer-signature:d81f82fc3505edab99d459891051a732e8730629a2e4a59689829ca17fe2e435\r\n\r\n',
};

function assertMismatch(error: AwsError, stringToSignStart: string): true {
  assert.equal(error.code, 'SignatureDoesNotMatch');
  assert.equal(error.status, 403);
  assert.equal(error.message, 'The request signature we calculated does not match the signature you provided. Check your key and signing method.');
  assert.equal(error.fields.AWSAccessKeyId, 'AKIAIOSFODNN7EXAMPLE');
  assert.ok(String(error.fields.StringToSign).startsWith(stringToSignStart), String(error.fields.StringToSign));
  return true;
}

test("AWS's chunked upload example verifies, split anywhere", async () => {
  assert.equal(decodeAwsChunked(body(CHUNKED.chunks), { signatures: check(CHUNKED.seed) }).body.length, 66560);
  const wire = body(CHUNKED.chunks);
  const pieces = [wire.subarray(0, 7), wire.subarray(7, 40_000), wire.subarray(40_000, 65_600), wire.subarray(65_600)];
  const decoder = Readable.from(pieces).pipe(new AwsChunkedDecoder({ signatures: check(CHUNKED.seed), decodedLength: 66560 }));
  let size = 0;
  for await (const part of decoder) size += (part as Buffer).length;
  assert.equal(size, 66560);
});

test("AWS's trailing-header example verifies its chunks and trailer", () => {
  const decoded = decodeAwsChunked(body(TRAILING.chunks, TRAILING.trailer), { signatures: check(TRAILING.seed, true) });
  assert.deepEqual(decoded.trailers, { 'x-amz-checksum-crc32c': 'sOO8/Q==' });
});

test('changed data, a wrong seed, a reused or missing signature fail with SignatureDoesNotMatch', () => {
  const tampered = body(CHUNKED.chunks);
  tampered[66_000] = 0x62;
  assert.throws(() => decodeAwsChunked(tampered, { signatures: check(CHUNKED.seed) }), (e: AwsError) =>
    assertMismatch(e, `AWS4-HMAC-SHA256-PAYLOAD\n${AMZ_DATE}\n${SCOPE}\n${CHUNKED.chunks[0]}\n`));
  assert.throws(() => decodeAwsChunked(body(CHUNKED.chunks), { signatures: check(TRAILING.seed) }), (e: AwsError) =>
    assertMismatch(e, `AWS4-HMAC-SHA256-PAYLOAD\n${AMZ_DATE}\n${SCOPE}\n${TRAILING.seed}\n`));
  const [first, , last] = CHUNKED.chunks;
  assert.throws(() => decodeAwsChunked(body([first!, first!, last!]), { signatures: check(CHUNKED.seed) }), (e: AwsError) => assertMismatch(e, 'AWS4-HMAC-SHA256-PAYLOAD'));
  const unsigned = Buffer.from(body(CHUNKED.chunks).toString('latin1').replace(`400;chunk-signature=${CHUNKED.chunks[1]}`, '400'), 'latin1');
  assert.throws(() => decodeAwsChunked(unsigned, { signatures: check(CHUNKED.seed) }), (e: AwsError) => {
    assert.equal(e.fields.SignatureProvided, '');
    return assertMismatch(e, 'AWS4-HMAC-SHA256-PAYLOAD');
  });
});

test('a changed trailer or trailer signature, or none, fails', () => {
  const cases = [
    TRAILING.trailer.replace('sOO8/Q==', 'AAAAAA=='),
    TRAILING.trailer.replace('d81f82fc', 'd81f82fd'),
    'x-amz-checksum-crc32c:sOO8/Q==\r\n\r\n',
  ];
  for (const trailer of cases) {
    assert.throws(() => decodeAwsChunked(body(TRAILING.chunks, trailer), { signatures: check(TRAILING.seed, true) }), (e: AwsError) =>
      assertMismatch(e, `AWS4-HMAC-SHA256-TRAILER\n${AMZ_DATE}\n${SCOPE}\n${TRAILING.chunks[2]}\n`));
  }
});
