import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateBucketCommand, DeletePublicAccessBlockCommand, PutBucketCorsCommand, PutBucketPolicyCommand, PutBucketWebsiteCommand, PutObjectCommand, type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

/** A public website bucket: index.html, a 300 KiB binary, no error document. */
async function publicSite(s3: S3Client, bucket: string): Promise<void> {
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  await s3.send(new DeletePublicAccessBlockCommand({ Bucket: bucket }));
  await s3.send(new PutBucketPolicyCommand({
    Bucket: bucket,
    Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket}/*` }] }),
  }));
  await s3.send(new PutBucketWebsiteCommand({ Bucket: bucket, WebsiteConfiguration: { IndexDocument: { Suffix: 'index.html' } } }));
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'index.html', Body: '<h1>home</h1>', ContentType: 'text/html' }));
}

describe('S3 website endpoint: streaming, Range, conditional GETs, CORS', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  const big = Buffer.alloc(300 * 1024, 0);
  for (let i = 0; i < big.length; i++) big[i] = (i * 31 + 7) & 0xff;
  let etag = '';
  const site = (path: string, init?: RequestInit) => fetch(`${kumo.url}/_kumo/s3-website/web-ranges/${path}`, init);
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await publicSite(s3, 'web-ranges');
    etag = (await s3.send(new PutObjectCommand({ Bucket: 'web-ranges', Key: 'blob.bin', Body: big, ContentType: 'application/octet-stream' }))).ETag!;
  });
  after(() => kumo.stop());

  test('a large object comes whole, with its length, ETag and Accept-Ranges', async () => {
    const res = await site('blob.bin');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-length'), String(big.length));
    assert.equal(res.headers.get('etag'), etag);
    assert.equal(res.headers.get('accept-ranges'), 'bytes');
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), big);
  });

  test('Range answers 206 with Content-Range; a range past the end is 416 InvalidRange', async () => {
    const middle = await site('blob.bin', { headers: { range: 'bytes=1000-1999' } });
    assert.equal(middle.status, 206);
    assert.equal(middle.headers.get('content-range'), `bytes 1000-1999/${big.length}`);
    assert.equal(middle.headers.get('content-length'), '1000');
    assert.deepEqual(Buffer.from(await middle.arrayBuffer()), big.subarray(1000, 2000));
    const tail = await site('blob.bin', { headers: { range: 'bytes=-10' } });
    assert.equal(tail.status, 206);
    assert.deepEqual(Buffer.from(await tail.arrayBuffer()), big.subarray(big.length - 10));
    const head = await site('blob.bin', { method: 'HEAD', headers: { range: 'bytes=0-9' } });
    assert.equal(head.status, 206);
    assert.equal(head.headers.get('content-length'), '10');
    assert.equal(head.headers.get('content-range'), `bytes 0-9/${big.length}`);
    const past = await site('blob.bin', { headers: { range: `bytes=${big.length}-` } });
    assert.equal(past.status, 416);
    assert.equal(past.headers.get('content-range'), `bytes */${big.length}`);
    const page = await past.text();
    assert.match(page, /<title>416 Requested Range Not Satisfiable<\/title>/);
    assert.match(page, /<li>Code: InvalidRange<\/li>\n<li>Message: The requested range is not satisfiable<\/li>\n<li>RangeRequested: bytes=307200-<\/li>\n<li>ActualObjectSize: 307200<\/li>/);
  });

  test('If-None-Match / If-Modified-Since answer 304; If-Match / If-Unmodified-Since 412', async () => {
    const cached = await site('index.html');
    const pageEtag = cached.headers.get('etag')!;
    const modified = cached.headers.get('last-modified')!;
    await cached.text();
    const same = await site('index.html', { headers: { 'if-none-match': pageEtag } });
    assert.equal(same.status, 304);
    assert.equal(same.headers.get('etag'), pageEtag);
    assert.equal(await same.text(), '');
    assert.equal((await site('index.html', { headers: { 'if-modified-since': modified } })).status, 304);
    const changed = await site('index.html', { headers: { 'if-none-match': '"other"' } });
    assert.equal(changed.status, 200);
    assert.equal(await changed.text(), '<h1>home</h1>');

    const wrong = await site('index.html', { headers: { 'if-match': '"other"' } });
    assert.equal(wrong.status, 412);
    assert.match(await wrong.text(), /<title>412 Precondition Failed<\/title>[\s\S]*<li>Code: PreconditionFailed<\/li>[\s\S]*<li>Condition: If-Match<\/li>/);
    const before = new Date(Date.parse(modified) - 3_600_000).toUTCString();
    const stale = await site('index.html', { headers: { 'if-unmodified-since': before } });
    assert.equal(stale.status, 412);
    assert.match(await stale.text(), /<li>Condition: If-Unmodified-Since<\/li>/);
    // If-Match that holds wins over If-Unmodified-Since, as on S3.
    const wins = await site('index.html', { headers: { 'if-match': pageEtag, 'if-unmodified-since': before } });
    assert.equal(wins.status, 200);
    assert.equal(await wins.text(), '<h1>home</h1>');
  });

  test('the bucket\'s CORS rules answer preflights and decorate responses; without rules preflights are refused', async () => {
    const preflight = (method: string) => site('index.html', { method: 'OPTIONS', headers: { origin: 'https://app.example', 'access-control-request-method': method } });
    const disabled = await preflight('GET');
    assert.equal(disabled.status, 403);
    assert.match(await disabled.text(), /<li>Code: AccessForbidden<\/li>\n<li>Message: CORSResponse: CORS is not enabled for this bucket.<\/li>/);

    await s3.send(new PutBucketCorsCommand({
      Bucket: 'web-ranges',
      CORSConfiguration: { CORSRules: [{ AllowedOrigins: ['https://app.example'], AllowedMethods: ['GET', 'HEAD'], ExposeHeaders: ['ETag'], MaxAgeSeconds: 600 }] },
    }));
    const allowed = await preflight('GET');
    assert.equal(allowed.status, 200);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://app.example');
    assert.equal(allowed.headers.get('access-control-allow-methods'), 'GET, HEAD');
    assert.equal(allowed.headers.get('access-control-max-age'), '600');
    const refused = await preflight('PUT');
    assert.equal(refused.status, 403);
    assert.match(await refused.text(), /<li>Message: CORSResponse: This CORS request is not allowed\./);

    const get = await site('blob.bin', { headers: { origin: 'https://app.example', range: 'bytes=0-0' } });
    assert.equal(get.status, 206);
    assert.equal(get.headers.get('access-control-allow-origin'), 'https://app.example');
    assert.equal(get.headers.get('access-control-expose-headers'), 'ETag');
    await get.arrayBuffer();
    const stranger = await site('index.html', { headers: { origin: 'https://evil.example' } });
    assert.equal(stranger.status, 200);
    assert.equal(stranger.headers.get('access-control-allow-origin'), null);
    await stranger.text();
  });
});
