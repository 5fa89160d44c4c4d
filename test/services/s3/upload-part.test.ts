import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, CreateMultipartUploadCommand, UploadPartCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

// The whole multipart flow is in create-multipart-upload.test.ts; this file covers upload-part's own rules.
describe('S3 UploadPart', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  let uploadId: string;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'mpu' }));
    uploadId = (await s3.send(new CreateMultipartUploadCommand({ Bucket: 'mpu', Key: 'k' }))).UploadId!;
  });
  after(() => kumo.stop());

  test('part numbers run 1 to 10000; an unknown upload id is NoSuchUpload', async () => {
    await assert.rejects(s3.send(new UploadPartCommand({ Bucket: 'mpu', Key: 'k', UploadId: uploadId, PartNumber: 10001, Body: 'x' })), {
      name: 'InvalidArgument',
      message: 'Part number must be an integer between 1 and 10000, inclusive',
    });
    await assert.rejects(s3.send(new UploadPartCommand({ Bucket: 'mpu', Key: 'k', UploadId: 'not-an-upload', PartNumber: 1, Body: 'x' })), { name: 'NoSuchUpload' });
    await assert.rejects(s3.send(new UploadPartCommand({ Bucket: 'mpu', Key: 'other-key', UploadId: uploadId, PartNumber: 1, Body: 'x' })), { name: 'NoSuchUpload' });
    const again = await s3.send(new UploadPartCommand({ Bucket: 'mpu', Key: 'k', UploadId: uploadId, PartNumber: 1, Body: 'second' }));
    assert.match(again.ETag!, /^"[0-9a-f]{32}"$/);
  });
});
