import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 HeadObject', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'heads' }));
    await s3.send(new PutObjectCommand({ Bucket: 'heads', Key: 'h', Body: 'head me', StorageClass: 'STANDARD_IA', Tagging: 'a=1&b=2' }));
  });
  after(() => kumo.stop());

  test('headers without a body: length, storage class, tag count', async () => {
    const out = await s3.send(new HeadObjectCommand({ Bucket: 'heads', Key: 'h' }));
    assert.equal(out.ContentLength, 7);
    assert.equal(out.StorageClass, 'STANDARD_IA');
    assert.equal(out.ETag, '"' + (await import('node:crypto')).createHash('md5').update('head me').digest('hex') + '"');
  });

  test('missing key is a bare 404 NotFound; a failed precondition 412', async () => {
    await assert.rejects(s3.send(new HeadObjectCommand({ Bucket: 'heads', Key: 'nope' })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'NotFound');
      assert.equal(e.$metadata.httpStatusCode, 404);
      return true;
    });
    await assert.rejects(s3.send(new HeadObjectCommand({ Bucket: 'heads', Key: 'h', IfMatch: '"x"' })), (e: Error & { $metadata: { httpStatusCode: number } }) => e.$metadata.httpStatusCode === 412);
  });

  test('a ranged HEAD answers 206 with the range length', async () => {
    const out = await s3.send(new HeadObjectCommand({ Bucket: 'heads', Key: 'h', Range: 'bytes=0-3' }));
    assert.equal(out.$metadata.httpStatusCode, 206);
    assert.equal(out.ContentLength, 4);
  });
});
