import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeleteBucketPolicyCommand, GetBucketPolicyCommand, PutBucketPolicyCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 DeleteBucketPolicy', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('removes the policy; deleting a missing one succeeds', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'del-policy' }));
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:DeleteBucket', Resource: 'arn:aws:s3:::del-policy' }] };
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'del-policy', Policy: JSON.stringify(policy) }));
    const deleted = await s3.send(new DeleteBucketPolicyCommand({ Bucket: 'del-policy' }));
    assert.equal(deleted.$metadata.httpStatusCode, 204);
    await assert.rejects(s3.send(new GetBucketPolicyCommand({ Bucket: 'del-policy' })), { name: 'NoSuchBucketPolicy' });
    await s3.send(new DeleteBucketPolicyCommand({ Bucket: 'del-policy' }));
  });
});
