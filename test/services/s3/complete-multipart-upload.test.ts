import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, CreateMultipartUploadCommand, UploadPartCommand, CompleteMultipartUploadCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

// The whole multipart flow is in create-multipart-upload.test.ts; this file covers complete-multipart-upload's own rules.
describe('S3 CompleteMultipartUpload', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  let uploadId: string;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'mpu' }));
    uploadId = (await s3.send(new CreateMultipartUploadCommand({ Bucket: 'mpu', Key: 'k' }))).UploadId!;
  });
  after(() => kumo.stop());

  test('an unknown upload is NoSuchUpload; If-None-Match: * refuses to overwrite', async () => {
    await assert.rejects(s3.send(new CompleteMultipartUploadCommand({ Bucket: 'mpu', Key: 'k', UploadId: 'nope', MultipartUpload: { Parts: [{ PartNumber: 1, ETag: '"x"' }] } })), { name: 'NoSuchUpload' });
    const part = await s3.send(new UploadPartCommand({ Bucket: 'mpu', Key: 'k', UploadId: uploadId, PartNumber: 1, Body: 'x' }));
    await s3.send(new PutObjectCommand({ Bucket: 'mpu', Key: 'k', Body: 'exists' }));
    await assert.rejects(
      s3.send(new CompleteMultipartUploadCommand({ Bucket: 'mpu', Key: 'k', UploadId: uploadId, IfNoneMatch: '*', MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag }] } })),
      { name: 'PreconditionFailed' },
    );
    const done = await s3.send(new CompleteMultipartUploadCommand({ Bucket: 'mpu', Key: 'k', UploadId: uploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag }] } }));
    assert.match(done.ETag!, /-1"$/);
  });
});
