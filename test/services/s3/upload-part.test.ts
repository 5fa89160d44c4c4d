import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import {
  CompleteMultipartUploadCommand, CreateBucketCommand, CreateMultipartUploadCommand, GetObjectCommand, UploadPartCommand, type S3Client,
} from '@aws-sdk/client-s3';
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

  test('SSE-C uploads: every part needs the key Create named; none or another is 400 InvalidRequest', async () => {
    const key = randomBytes(32);
    const sse = { SSECustomerAlgorithm: 'AES256', SSECustomerKey: key.toString('base64') };
    const md5 = createHash('md5').update(key).digest('base64');
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: 'mpu', Key: 'secret', ...sse }));
    const refused = (message: string) => (e: Error & { $metadata?: { httpStatusCode?: number } }) => {
      assert.equal(e.name, 'InvalidRequest');
      assert.equal(e.message, message);
      assert.equal(e.$metadata?.httpStatusCode, 400);
      return true;
    };
    await assert.rejects(
      s3.send(new UploadPartCommand({ Bucket: 'mpu', Key: 'secret', UploadId, PartNumber: 1, Body: 'x' })),
      refused('The multipart upload initiate requested encryption. Subsequent part requests must include the appropriate encryption parameters.'),
    );
    await assert.rejects(
      s3.send(new UploadPartCommand({ Bucket: 'mpu', Key: 'secret', UploadId, PartNumber: 1, Body: 'x', SSECustomerAlgorithm: 'AES256', SSECustomerKey: randomBytes(32).toString('base64') })),
      refused('The provided encryption parameters did not match the ones used originally.'),
    );
    const part = await s3.send(new UploadPartCommand({ Bucket: 'mpu', Key: 'secret', UploadId, PartNumber: 1, Body: 'sealed', ...sse }));
    assert.equal(part.SSECustomerKeyMD5, md5);
    await s3.send(new CompleteMultipartUploadCommand({ Bucket: 'mpu', Key: 'secret', UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag }] }, ...sse }));
    const got = await s3.send(new GetObjectCommand({ Bucket: 'mpu', Key: 'secret', ...sse }));
    assert.equal(await got.Body?.transformToString(), 'sealed');
    // A part of an upload without SSE-C must not send a key.
    await assert.rejects(
      s3.send(new UploadPartCommand({ Bucket: 'mpu', Key: 'k', UploadId: uploadId, PartNumber: 2, Body: 'x', ...sse })),
      refused('The encryption parameters are not applicable to this object.'),
    );
  });
});
