import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketOwnershipControlsCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 GetBucketOwnershipControls', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('new buckets enforce bucket ownership unless CreateBucket names another setting', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'own-default' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'own-preferred', ObjectOwnership: 'BucketOwnerPreferred' }));
    const rule = async (Bucket: string) => (await s3.send(new GetBucketOwnershipControlsCommand({ Bucket }))).OwnershipControls?.Rules?.[0]?.ObjectOwnership;
    assert.equal(await rule('own-default'), 'BucketOwnerEnforced');
    assert.equal(await rule('own-preferred'), 'BucketOwnerPreferred');
  });
});
