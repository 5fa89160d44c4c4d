// Signed streaming uploads (aws-chunked with chunk signatures) under KUMO_ENFORCE_SIGV4, and without it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { request } from 'node:http';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../src/index.js';
import { startEnforcedS3, type IssuedUser } from '../services/s3/enforced-kumo.js';
import { startTestKumo } from '../support/start-test-kumo.js';
import { putChunked, type ChunkedPut } from './signed-chunked-upload.js';

const BUCKET = 'chunked';
const chunks = () => [Buffer.alloc(8192, 'a'), Buffer.from('second chunk')];

async function read(client: S3Client, key: string): Promise<string> {
  const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return object.Body!.transformToString();
}

function assertS3Error(response: { status: number; body: string }, status: number, code: string): void {
  assert.equal(response.status, status, response.body);
  assert.match(response.body, new RegExp(`<Code>${code}</Code>`));
}

describe('signed streaming uploads under SigV4 enforcement', () => {
  let kumo: EmbeddedKumo;
  let alice: IssuedUser;
  const put = (key: string, options: Partial<ChunkedPut> & Pick<ChunkedPut, 'mode'>) =>
    putChunked(kumo.url, { credentials: alice, path: `/${BUCKET}/${key}`, chunks: chunks(), ...options });

  before(async () => {
    const enforced = await startEnforcedS3();
    kumo = enforced.kumo;
    alice = await enforced.user('111111111111', 'alice');
    await enforced.root('111111111111').send(new CreateBucketCommand({ Bucket: BUCKET }));
  });
  after(() => kumo.stop());

  test('a correctly signed chunked upload is stored decoded', async () => {
    const response = await put('signed', { mode: 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD' });
    assert.equal(response.status, 200, response.body);
    assert.equal(await read(alice.client, 'signed'), 'a'.repeat(8192) + 'second chunk');
  });

  test('a changed chunk is 403 SignatureDoesNotMatch and nothing of it is stored', async () => {
    assert.equal((await alice.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'kept', Body: 'old' }))).$metadata.httpStatusCode, 200);
    for (const tamperChunk of [0, 1]) {
      const response = await put('kept', { mode: 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD', tamperChunk });
      assertS3Error(response, 403, 'SignatureDoesNotMatch');
      assert.match(response.body, /<Message>The request signature we calculated does not match the signature you provided\. Check your key and signing method\.<\/Message>/);
      assert.match(response.body, /<StringToSign>AWS4-HMAC-SHA256-PAYLOAD\n\d{8}T\d{6}Z\n\d{8}\/us-east-1\/s3\/aws4_request\n[0-9a-f]{64}\ne3b0c442/);
      assert.match(response.body, new RegExp(`<AWSAccessKeyId>${alice.accessKeyId}</AWSAccessKeyId>`));
    }
    assert.equal(await read(alice.client, 'kept'), 'old');
    await assert.rejects(alice.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'never' })), { name: 'NoSuchKey' });
    assertS3Error(await put('never', { mode: 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD', tamperChunk: 1 }), 403, 'SignatureDoesNotMatch');
    await assert.rejects(alice.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'never' })), { name: 'NoSuchKey' });
  });

  test('a chunk without its signature, or a final chunk without one, is refused', async () => {
    assertS3Error(await put('unsigned-chunk', { mode: 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD', dropSignature: 1 }), 403, 'SignatureDoesNotMatch');
    assertS3Error(await put('unsigned-chunk', { mode: 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD', dropSignature: 2 }), 403, 'SignatureDoesNotMatch');
    await assert.rejects(alice.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'unsigned-chunk' })), { name: 'NoSuchKey' });
  });

  test('signed trailers: a good trailer stores the object with its checksum, a bad trailer signature is refused', async () => {
    const good = await put('trailer', { mode: 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER' });
    assert.equal(good.status, 200, good.body);
    const object = await alice.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'trailer', ChecksumMode: 'ENABLED' }));
    assert.equal(await object.Body!.transformToString(), 'a'.repeat(8192) + 'second chunk');
    assert.match(object.ChecksumCRC32 ?? '', /^[A-Za-z0-9+/]{6}==$/);
    const bad = await put('trailer-bad', { mode: 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER', trailerSignature: '0'.repeat(64) });
    assertS3Error(bad, 403, 'SignatureDoesNotMatch');
    assert.match(bad.body, /<StringToSign>AWS4-HMAC-SHA256-TRAILER\n/);
    assertS3Error(await put('trailer-bad', { mode: 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER', tamperChunk: 0 }), 403, 'SignatureDoesNotMatch');
    await assert.rejects(alice.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'trailer-bad' })), { name: 'NoSuchKey' });
  });

  test('unsigned trailers carry no chunk signatures; the request signature is still checked', async () => {
    const good = await put('unsigned-trailer', { mode: 'STREAMING-UNSIGNED-PAYLOAD-TRAILER' });
    assert.equal(good.status, 200, good.body);
    assert.equal(await read(alice.client, 'unsigned-trailer'), 'a'.repeat(8192) + 'second chunk');
    const forged = await putChunked(kumo.url, { credentials: { ...alice, secretAccessKey: 'wrong' }, path: `/${BUCKET}/forged`, chunks: chunks(), mode: 'STREAMING-UNSIGNED-PAYLOAD-TRAILER' });
    assertS3Error(forged, 403, 'SignatureDoesNotMatch');
  });

  test('the SDK v3 client streams with STREAMING-UNSIGNED-PAYLOAD-TRAILER and is accepted', async () => {
    const sent: string[] = [];
    alice.client.middlewareStack.add((next) => async (args) => {
      const headers = (args.request as { headers?: Record<string, string> }).headers ?? {};
      sent.push(headers['x-amz-content-sha256'] ?? '');
      return next(args);
    }, { step: 'finalizeRequest', priority: 'low', name: 'captureContentSha' });
    await alice.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'sdk', Body: Readable.from([Buffer.from('from the sdk')]), ContentLength: 12 }));
    assert.deepEqual(sent, ['STREAMING-UNSIGNED-PAYLOAD-TRAILER']);
    alice.client.middlewareStack.remove('captureContentSha');
    assert.equal(await read(alice.client, 'sdk'), 'from the sdk');
  });

  test('a decoded size other than x-amz-decoded-content-length is 400 IncompleteBody', async () => {
    const short = await put('length', { mode: 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD', decodedLength: 9000 });
    assertS3Error(short, 400, 'IncompleteBody');
    assert.match(short.body, /<NumberBytesExpected>9000<\/NumberBytesExpected><NumberBytesProvided>8204<\/NumberBytesProvided>/);
    assertS3Error(await put('length', { mode: 'STREAMING-UNSIGNED-PAYLOAD-TRAILER', decodedLength: 10 }), 400, 'IncompleteBody');
    await assert.rejects(alice.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'length' })), { name: 'NoSuchKey' });
  });

  test('SigV4a (ECDSA) signatures of issued keys are refused, as Kumo cannot verify them', async () => {
    const send = (accessKeyId: string) => new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(kumo.url);
      const req = request({
        host: url.hostname, port: url.port, method: 'GET', path: `/${BUCKET}?list-type=2`,
        headers: {
          authorization: `AWS4-ECDSA-P256-SHA256 Credential=${accessKeyId}/20240101/s3/aws4_request, SignedHeaders=host;x-amz-date;x-amz-region-set, Signature=3045022100aa`,
          'x-amz-date': '20240101T000000Z', 'x-amz-region-set': '*', 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
        },
      }, (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.end();
    });
    const refused = await send(alice.accessKeyId);
    assertS3Error(refused, 501, 'NotImplemented');
    assert.match(refused.body, /Kumo does not verify SigV4a \(AWS4-ECDSA-P256-SHA256\) signatures/);
    // The default root credentials are not refused for it (their signatures are never checked);
    // the chain does not read a SigV4a credential scope, so IAM sees such a caller as anonymous.
    const root = await send('111111111111');
    assert.doesNotMatch(root.body, /NotImplemented/);
    assert.match(root.body, /User: anonymous is not authorized/);
  });
});

describe('signed streaming uploads without enforcement', () => {
  let kumo: EmbeddedKumo;
  let client: S3Client;
  before(async () => {
    kumo = await startTestKumo(['s3']);
    client = new S3Client({ endpoint: kumo.url, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    await client.send(new CreateBucketCommand({ Bucket: BUCKET }));
  });
  after(() => kumo.stop());

  test('chunk signatures are not checked: the body is decoded and stored as sent', async () => {
    const response = await putChunked(kumo.url, { credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, path: `/${BUCKET}/loose`, chunks: chunks(), mode: 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD', tamperChunk: 1 });
    assert.equal(response.status, 200, response.body);
    assert.equal(await read(client, 'loose'), 'a'.repeat(8192) + 'recond chunk');
  });

  test('the decoded length is still checked', async () => {
    const response = await putChunked(kumo.url, { credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, path: `/${BUCKET}/short`, chunks: chunks(), mode: 'STREAMING-UNSIGNED-PAYLOAD-TRAILER', decodedLength: 100_000 });
    assertS3Error(response, 400, 'IncompleteBody');
  });
});
