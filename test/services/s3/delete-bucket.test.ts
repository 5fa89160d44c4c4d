import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteBucketCommand,
  DeleteObjectCommand,
  HeadBucketCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 DeleteBucket', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('a bucket with objects is BucketNotEmpty (409); empty, it goes, and the name is free again', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'to-delete' }));
    await s3.send(new PutObjectCommand({ Bucket: 'to-delete', Key: 'x', Body: 'x' }));
    await assert.rejects(s3.send(new DeleteBucketCommand({ Bucket: 'to-delete' })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'BucketNotEmpty');
      assert.equal(e.message, 'The bucket you tried to delete is not empty');
      assert.equal(e.$metadata.httpStatusCode, 409);
      return true;
    });
    await s3.send(new DeleteObjectCommand({ Bucket: 'to-delete', Key: 'x' }));
    await s3.send(new CreateMultipartUploadCommand({ Bucket: 'to-delete', Key: 'pending' }));
    const out = await s3.send(new DeleteBucketCommand({ Bucket: 'to-delete' }));
    assert.equal(out.$metadata.httpStatusCode, 204);
    await assert.rejects(s3.send(new HeadBucketCommand({ Bucket: 'to-delete' })), { name: 'NotFound' });
    await s3.send(new CreateBucketCommand({ Bucket: 'to-delete' }));
  });

  test('delete markers count as content in a versioned bucket', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'versioned-del' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'versioned-del', VersioningConfiguration: { Status: 'Enabled' } }));
    await s3.send(new PutObjectCommand({ Bucket: 'versioned-del', Key: 'k', Body: 'v' }));
    await s3.send(new DeleteObjectCommand({ Bucket: 'versioned-del', Key: 'k' }));
    await assert.rejects(s3.send(new DeleteBucketCommand({ Bucket: 'versioned-del' })), { name: 'BucketNotEmpty' });
  });

  test('NoSuchBucket names the bucket', async () => {
    await assert.rejects(s3.send(new DeleteBucketCommand({ Bucket: 'never-was' })), (e: Error & { BucketName?: string; $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'NoSuchBucket');
      assert.equal(e.message, 'The specified bucket does not exist');
      assert.equal(e.BucketName, 'never-was');
      assert.equal(e.$metadata.httpStatusCode, 404);
      return true;
    });
  });
});
