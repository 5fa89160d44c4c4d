import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketPolicyCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

// The put/get round trip is in put-bucket-policy.test.ts.
describe('S3 GetBucketPolicy', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('a bucket without a policy is NoSuchBucketPolicy (404)', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'no-policy' }));
    await assert.rejects(s3.send(new GetBucketPolicyCommand({ Bucket: 'no-policy' })), (e: Error & { $metadata?: { httpStatusCode?: number } }) => {
      assert.equal(e.name, 'NoSuchBucketPolicy');
      assert.equal(e.message, 'The bucket policy does not exist');
      assert.equal(e.$metadata?.httpStatusCode, 404);
      return true;
    });
  });
});
