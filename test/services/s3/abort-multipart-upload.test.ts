import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, CreateMultipartUploadCommand, AbortMultipartUploadCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

// The whole multipart flow is in create-multipart-upload.test.ts; this file covers abort-multipart-upload's own rules.
describe('S3 AbortMultipartUpload', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  let uploadId: string;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'mpu' }));
    uploadId = (await s3.send(new CreateMultipartUploadCommand({ Bucket: 'mpu', Key: 'k' }))).UploadId!;
  });
  after(() => kumo.stop());

  test('aborting twice is NoSuchUpload the second time', async () => {
    await s3.send(new AbortMultipartUploadCommand({ Bucket: 'mpu', Key: 'k', UploadId: uploadId }));
    await assert.rejects(s3.send(new AbortMultipartUploadCommand({ Bucket: 'mpu', Key: 'k', UploadId: uploadId })), (e: Error & { UploadId?: string }) => {
      assert.equal(e.name, 'NoSuchUpload');
      assert.match(e.message, /^The specified upload does not exist/);
      return true;
    });
  });
});
