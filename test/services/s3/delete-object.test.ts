import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeleteObjectCommand, GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 DeleteObject', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'dels' }));
  });
  after(() => kumo.stop());

  test('204, the key is gone, and deleting again still succeeds', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'dels', Key: 'k', Body: 'x' }));
    const out = await s3.send(new DeleteObjectCommand({ Bucket: 'dels', Key: 'k' }));
    assert.equal(out.$metadata.httpStatusCode, 204);
    assert.equal(out.DeleteMarker, undefined);
    await assert.rejects(s3.send(new GetObjectCommand({ Bucket: 'dels', Key: 'k' })), { name: 'NoSuchKey' });
    assert.equal((await s3.send(new DeleteObjectCommand({ Bucket: 'dels', Key: 'k' }))).$metadata.httpStatusCode, 204);
  });

  test('NoSuchBucket for a missing bucket', async () => {
    await assert.rejects(s3.send(new DeleteObjectCommand({ Bucket: 'no-such-dels', Key: 'k' })), { name: 'NoSuchBucket' });
  });
});
