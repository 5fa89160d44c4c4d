import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeletePublicAccessBlockCommand, GetPublicAccessBlockCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 DeletePublicAccessBlock', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('afterwards Get is NoSuchPublicAccessBlockConfiguration (404); deleting again succeeds', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'pab-del' }));
    await s3.send(new DeletePublicAccessBlockCommand({ Bucket: 'pab-del' }));
    await assert.rejects(s3.send(new GetPublicAccessBlockCommand({ Bucket: 'pab-del' })), (e: Error & { $metadata?: { httpStatusCode?: number } }) => {
      assert.equal(e.name, 'NoSuchPublicAccessBlockConfiguration');
      assert.equal(e.message, 'The public access block configuration was not found');
      assert.equal(e.$metadata?.httpStatusCode, 404);
      return true;
    });
    await s3.send(new DeletePublicAccessBlockCommand({ Bucket: 'pab-del' }));
  });
});
