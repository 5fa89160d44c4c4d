import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

type HttpError = Error & { $metadata: { httpStatusCode: number }; $response?: { headers: Record<string, string> } };

describe('S3 GetObject', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  let etag: string;
  const body = '0123456789abcdefghij';
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'gets' }));
    etag = (await s3.send(new PutObjectCommand({ Bucket: 'gets', Key: 'obj', Body: body }))).ETag!;
  });
  after(() => kumo.stop());

  const get = (input: Omit<ConstructorParameters<typeof GetObjectCommand>[0], 'Bucket' | 'Key'>) => s3.send(new GetObjectCommand({ Bucket: 'gets', Key: 'obj', ...input }));

  test('Range answers 206 with Content-Range; the forms S3 accepts', async () => {
    for (const [range, text, contentRange] of [
      ['bytes=0-4', '01234', 'bytes 0-4/20'],
      ['bytes=15-', 'fghij', 'bytes 15-19/20'],
      ['bytes=-3', 'hij', 'bytes 17-19/20'],
      ['bytes=18-100', 'ij', 'bytes 18-19/20'],
    ] as const) {
      const out = await get({ Range: range });
      assert.equal(out.$metadata.httpStatusCode, 206, range);
      assert.equal(out.ContentRange, contentRange);
      assert.equal(out.ContentLength, text.length);
      assert.equal(await out.Body?.transformToString(), text);
    }
    const whole = await get({ Range: 'bytes=5-2' });
    assert.equal(whole.$metadata.httpStatusCode, 200);
    assert.equal(await whole.Body?.transformToString(), body);
  });

  test('a range past the end is 416 InvalidRange', async () => {
    await assert.rejects(get({ Range: 'bytes=20-' }), (e: HttpError & { ActualObjectSize?: string }) => {
      assert.equal(e.name, 'InvalidRange');
      assert.equal(e.message, 'The requested range is not satisfiable');
      assert.equal(e.$metadata.httpStatusCode, 416);
      return true;
    });
  });

  test('If-Match / If-Unmodified-Since fail with 412; If-None-Match / If-Modified-Since give 304', async () => {
    assert.equal((await get({ IfMatch: etag })).$metadata.httpStatusCode, 200);
    await assert.rejects(get({ IfMatch: '"nope"' }), (e: HttpError) => e.name === 'PreconditionFailed' && e.$metadata.httpStatusCode === 412);
    await assert.rejects(get({ IfUnmodifiedSince: new Date('2000-01-01') }), (e: HttpError) => e.$metadata.httpStatusCode === 412);
    await assert.rejects(get({ IfNoneMatch: etag }), (e: HttpError) => e.$metadata.httpStatusCode === 304);
    await assert.rejects(get({ IfModifiedSince: new Date(Date.now() + 3_600_000) }), (e: HttpError) => e.$metadata.httpStatusCode === 304);
    assert.equal((await get({ IfModifiedSince: new Date('2000-01-01') })).$metadata.httpStatusCode, 200);
    // If-Match true wins over a failing If-Unmodified-Since, as S3 documents.
    assert.equal((await get({ IfMatch: etag, IfUnmodifiedSince: new Date('2000-01-01') })).$metadata.httpStatusCode, 200);
  });

  test('response-* parameters override the stored headers', async () => {
    const out = await get({ ResponseContentType: 'text/csv', ResponseContentDisposition: 'attachment', ResponseCacheControl: 'no-cache', ResponseContentLanguage: 'fr' });
    assert.equal(out.ContentType, 'text/csv');
    assert.equal(out.ContentDisposition, 'attachment');
    assert.equal(out.CacheControl, 'no-cache');
    assert.equal(out.ContentLanguage, 'fr');
  });

  test('defaults: Accept-Ranges, Last-Modified; NoSuchKey names the key', async () => {
    const out = await get({});
    assert.equal(out.AcceptRanges, 'bytes');
    assert.ok(out.LastModified instanceof Date);
    await assert.rejects(s3.send(new GetObjectCommand({ Bucket: 'gets', Key: 'missing/key' })), (e: HttpError & { Key?: string }) => {
      assert.equal(e.name, 'NoSuchKey');
      assert.equal(e.message, 'The specified key does not exist.');
      assert.equal(e.Key, 'missing/key');
      assert.equal(e.$metadata.httpStatusCode, 404);
      return true;
    });
  });

  test('a 5 MiB object streams back byte for byte', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024);
    for (let i = 0; i < big.length; i += 4096) big.writeUInt32BE(i, i);
    await s3.send(new PutObjectCommand({ Bucket: 'gets', Key: 'big', Body: big }));
    const out = await s3.send(new GetObjectCommand({ Bucket: 'gets', Key: 'big' }));
    assert.equal(out.ContentLength, big.length);
    assert.ok(Buffer.from(await out.Body!.transformToByteArray()).equals(big));
  });
});
