import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, HeadBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 HeadBucket', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  let as: (account: string, region?: string) => S3Client;
  before(async () => ({ kumo, s3, as } = await startS3()));
  after(() => kumo.stop());

  test('an existing bucket answers its region; a missing one 404 NotFound', async () => {
    await as('000000000000', 'ap-southeast-2').send(new CreateBucketCommand({ Bucket: 'sydney-data', CreateBucketConfiguration: { LocationConstraint: 'ap-southeast-2' } }));
    const out = await s3.send(new HeadBucketCommand({ Bucket: 'sydney-data' }));
    assert.equal(out.BucketRegion, 'ap-southeast-2');
    await assert.rejects(s3.send(new HeadBucketCommand({ Bucket: 'nope-not-here' })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'NotFound');
      assert.equal(e.$metadata.httpStatusCode, 404);
      return true;
    });
  });

  test('ExpectedBucketOwner that does not match is 403', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'owned-here' }));
    await s3.send(new HeadBucketCommand({ Bucket: 'owned-here', ExpectedBucketOwner: '000000000000' }));
    await assert.rejects(s3.send(new HeadBucketCommand({ Bucket: 'owned-here', ExpectedBucketOwner: '999999999999' })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.$metadata.httpStatusCode, 403);
      return true;
    });
  });
});
