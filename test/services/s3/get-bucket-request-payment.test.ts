import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketRequestPaymentCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('GetBucketRequestPayment', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'owner-pays' }));
  });
  after(() => kumo.stop());

  test('a new bucket: the owner pays', async () => {
    assert.equal((await s3.send(new GetBucketRequestPaymentCommand({ Bucket: 'owner-pays' }))).Payer, 'BucketOwner');
    await assert.rejects(s3.send(new GetBucketRequestPaymentCommand({ Bucket: 'nowhere-payer' })), (e: Error) => e.name === 'NoSuchBucket');
  });
});
