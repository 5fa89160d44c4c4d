import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { CreateBucketCommand, CreateMultipartUploadCommand, PutObjectCommand, UploadPartCopyCommand, type S3Client } from '@aws-sdk/client-s3';
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

  test('an SSE-C source needs its key in x-amz-copy-source-server-side-encryption-customer-*', async () => {
    const key = randomBytes(32);
    await s3.send(new PutObjectCommand({ Bucket: 'mpu', Key: 'secret', Body: 'customer-keyed', SSECustomerAlgorithm: 'AES256', SSECustomerKey: key.toString('base64') }));
    const copy = { Bucket: 'mpu', Key: 'k', UploadId: uploadId, PartNumber: 1, CopySource: 'mpu/secret' };
    await assert.rejects(s3.send(new UploadPartCopyCommand(copy)), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'InvalidRequest');
      assert.equal(e.message, 'The object was stored using a form of Server Side Encryption. The correct parameters must be provided to retrieve the object.');
      assert.equal(e.$metadata.httpStatusCode, 400);
      return true;
    });
    const other = randomBytes(32).toString('base64');
    await assert.rejects(s3.send(new UploadPartCopyCommand({ ...copy, CopySourceSSECustomerAlgorithm: 'AES256', CopySourceSSECustomerKey: other })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'AccessDenied');
      assert.equal(e.$metadata.httpStatusCode, 403);
      return true;
    });
    const done = await s3.send(new UploadPartCopyCommand({ ...copy, CopySourceSSECustomerAlgorithm: 'AES256', CopySourceSSECustomerKey: key.toString('base64') }));
    assert.equal(done.CopyPartResult?.ETag, `"${createHash('md5').update('customer-keyed').digest('hex')}"`);
  });
});
