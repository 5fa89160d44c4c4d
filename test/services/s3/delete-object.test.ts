import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutBucketVersioningCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
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

  test('If-Match: the current ETag or * deletes; another ETag is 412, a missing key 404', async () => {
    const { ETag } = await s3.send(new PutObjectCommand({ Bucket: 'dels', Key: 'cond', Body: 'v1' }));
    await assert.rejects(s3.send(new DeleteObjectCommand({ Bucket: 'dels', Key: 'cond', IfMatch: '"0123456789abcdef0123456789abcdef"' })), (e: Error & { $metadata?: { httpStatusCode?: number } }) => {
      assert.equal(e.name, 'PreconditionFailed');
      assert.equal(e.message, 'At least one of the pre-conditions you specified did not hold');
      assert.equal(e.$metadata?.httpStatusCode, 412);
      return true;
    });
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: 'dels', Key: 'cond' }))).ETag, ETag);
    assert.equal((await s3.send(new DeleteObjectCommand({ Bucket: 'dels', Key: 'cond', IfMatch: ETag }))).$metadata.httpStatusCode, 204);
    await assert.rejects(s3.send(new DeleteObjectCommand({ Bucket: 'dels', Key: 'cond', IfMatch: '*' })), { name: 'NoSuchKey' });
    await s3.send(new PutObjectCommand({ Bucket: 'dels', Key: 'cond', Body: 'v2' }));
    await s3.send(new DeleteObjectCommand({ Bucket: 'dels', Key: 'cond', IfMatch: '*' }));
    await assert.rejects(s3.send(new HeadObjectCommand({ Bucket: 'dels', Key: 'cond' })), { name: 'NotFound' });
  });

  test('If-Match on a versioned bucket: a delete marker as the current version is NoSuchKey', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'dels-versioned' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'dels-versioned', VersioningConfiguration: { Status: 'Enabled' } }));
    const { ETag } = await s3.send(new PutObjectCommand({ Bucket: 'dels-versioned', Key: 'k', Body: 'x' }));
    const marked = await s3.send(new DeleteObjectCommand({ Bucket: 'dels-versioned', Key: 'k', IfMatch: ETag }));
    assert.equal(marked.DeleteMarker, true);
    await assert.rejects(s3.send(new DeleteObjectCommand({ Bucket: 'dels-versioned', Key: 'k', IfMatch: '*' })), { name: 'NoSuchKey' });
  });

  test('NoSuchBucket for a missing bucket', async () => {
    await assert.rejects(s3.send(new DeleteObjectCommand({ Bucket: 'no-such-dels', Key: 'k' })), { name: 'NoSuchBucket' });
  });
});
