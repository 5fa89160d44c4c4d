import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { CreateBucketCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 PutObject', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'puts' }));
  });
  after(() => kumo.stop());

  test('ETag is the MD5; metadata and standard headers come back on GET', async () => {
    const put = await s3.send(
      new PutObjectCommand({
        Bucket: 'puts',
        Key: 'dir/file.json',
        Body: '{"a":1}',
        ContentType: 'application/json',
        CacheControl: 'max-age=60',
        ContentDisposition: 'attachment; filename="f.json"',
        ContentLanguage: 'en',
        Expires: new Date('2030-01-01T00:00:00Z'),
        Metadata: { Owner: 'alice', 'x-trace': 'abc' },
      }),
    );
    assert.equal(put.ETag, `"${createHash('md5').update('{"a":1}').digest('hex')}"`);
    assert.equal(put.ServerSideEncryption, 'AES256');
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'puts', Key: 'dir/file.json' }));
    assert.equal(head.ContentType, 'application/json');
    assert.equal(head.CacheControl, 'max-age=60');
    assert.equal(head.ContentDisposition, 'attachment; filename="f.json"');
    assert.equal(head.ContentLanguage, 'en');
    assert.equal(head.Expires?.toISOString(), '2030-01-01T00:00:00.000Z');
    assert.deepEqual(head.Metadata, { owner: 'alice', 'x-trace': 'abc' });
    assert.equal(head.ContentLength, 7);
  });

  test('a wrong Content-MD5 is BadDigest and stores nothing', async () => {
    const wrong = createHash('md5').update('other').digest('base64');
    await assert.rejects(s3.send(new PutObjectCommand({ Bucket: 'puts', Key: 'md5', Body: 'data', ContentMD5: wrong })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'BadDigest');
      assert.equal(e.message, 'The Content-MD5 you specified did not match what we received.');
      assert.equal(e.$metadata.httpStatusCode, 400);
      return true;
    });
    await assert.rejects(s3.send(new HeadObjectCommand({ Bucket: 'puts', Key: 'md5' })), { name: 'NotFound' });
    const right = createHash('md5').update('data').digest('base64');
    await s3.send(new PutObjectCommand({ Bucket: 'puts', Key: 'md5', Body: 'data', ContentMD5: right }));
  });

  test('checksums: each algorithm is computed, stored and returned with ChecksumMode', async () => {
    const expected = {
      CRC32: 'DUoRhQ==',
      CRC32C: 'yZRlqg==',
      SHA1: createHash('sha1').update('hello world').digest('base64'),
      SHA256: createHash('sha256').update('hello world').digest('base64'),
    } as const;
    for (const [algorithm, value] of Object.entries(expected)) {
      const put = await s3.send(new PutObjectCommand({ Bucket: 'puts', Key: `sum-${algorithm}`, Body: 'hello world', ChecksumAlgorithm: algorithm as 'CRC32' }));
      assert.equal((put as unknown as Record<string, string>)[`Checksum${algorithm}`], value, algorithm);
      const got = await s3.send(new GetObjectCommand({ Bucket: 'puts', Key: `sum-${algorithm}`, ChecksumMode: 'ENABLED' }));
      assert.equal((got as unknown as Record<string, string>)[`Checksum${algorithm}`], value);
      assert.equal(await got.Body?.transformToString(), 'hello world');
    }
  });

  test('a checksum header that does not match the body is BadDigest', async () => {
    await assert.rejects(s3.send(new PutObjectCommand({ Bucket: 'puts', Key: 'bad-sum', Body: 'hello world', ChecksumCRC32: 'AAAAAA==' })), {
      name: 'BadDigest',
      message: 'The CRC32 you specified did not match the calculated checksum.',
    });
  });

  test('SDK v3 streams with aws-chunked and a CRC32 trailer by default; the trailer is checked', async () => {
    const body = Buffer.alloc(300_000, 'z');
    const put = await s3.send(new PutObjectCommand({ Bucket: 'puts', Key: 'chunked', Body: body }));
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    assert.equal(put.ChecksumCRC32, crc.toString('base64'));
    const got = await s3.send(new GetObjectCommand({ Bucket: 'puts', Key: 'chunked' }));
    assert.equal(Buffer.from(await got.Body!.transformToByteArray()).equals(body), true);
  });

  test("conditional writes: If-None-Match: * creates only; If-Match overwrites only that ETag", async () => {
    const first = await s3.send(new PutObjectCommand({ Bucket: 'puts', Key: 'once', Body: 'v1', IfNoneMatch: '*' }));
    await assert.rejects(s3.send(new PutObjectCommand({ Bucket: 'puts', Key: 'once', Body: 'v2', IfNoneMatch: '*' })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'PreconditionFailed');
      assert.equal(e.message, 'At least one of the pre-conditions you specified did not hold');
      assert.equal(e.$metadata.httpStatusCode, 412);
      return true;
    });
    await assert.rejects(s3.send(new PutObjectCommand({ Bucket: 'puts', Key: 'once', Body: 'v2', IfMatch: '"0123"' })), { name: 'PreconditionFailed' });
    await s3.send(new PutObjectCommand({ Bucket: 'puts', Key: 'once', Body: 'v2', IfMatch: first.ETag }));
    assert.equal(await (await s3.send(new GetObjectCommand({ Bucket: 'puts', Key: 'once' }))).Body?.transformToString(), 'v2');
    await assert.rejects(s3.send(new PutObjectCommand({ Bucket: 'puts', Key: 'absent', Body: 'x', IfMatch: first.ETag })), { name: 'NoSuchKey' });
  });

  test('a missing bucket is NoSuchBucket and the connection keeps serving', async () => {
    await assert.rejects(s3.send(new PutObjectCommand({ Bucket: 'no-bucket-here', Key: 'k', Body: Buffer.alloc(100_000) })), { name: 'NoSuchBucket' });
    await s3.send(new PutObjectCommand({ Bucket: 'puts', Key: 'after', Body: 'ok' }));
  });

  test('keys keep unicode, spaces and special characters', async () => {
    for (const key of ['spaces in name.txt', 'ünïcödé/日本語.txt', 'a+b=c&d?e#f', 'trailing/', 'percent%20literal']) {
      await s3.send(new PutObjectCommand({ Bucket: 'puts', Key: key, Body: key }));
      assert.equal(await (await s3.send(new GetObjectCommand({ Bucket: 'puts', Key: key }))).Body?.transformToString(), key);
    }
  });
});
