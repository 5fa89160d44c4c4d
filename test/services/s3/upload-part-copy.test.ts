import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, CreateMultipartUploadCommand, UploadPartCopyCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

// The whole multipart flow is in create-multipart-upload.test.ts; this file covers upload-part-copy's own rules.
describe('S3 UploadPartCopy', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  let uploadId: string;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'mpu' }));
    uploadId = (await s3.send(new CreateMultipartUploadCommand({ Bucket: 'mpu', Key: 'k' }))).UploadId!;
  });
  after(() => kumo.stop());

  test('a missing source is NoSuchKey; a malformed range InvalidArgument', async () => {
    await assert.rejects(s3.send(new UploadPartCopyCommand({ Bucket: 'mpu', Key: 'k', UploadId: uploadId, PartNumber: 1, CopySource: 'mpu/missing' })), { name: 'NoSuchKey' });
    await assert.rejects(s3.send(new UploadPartCopyCommand({ Bucket: 'mpu', Key: 'k', UploadId: uploadId, PartNumber: 1, CopySource: 'mpu/missing', CopySourceRange: 'bytes=1-' })), { name: 'NoSuchKey' });
  });
});
