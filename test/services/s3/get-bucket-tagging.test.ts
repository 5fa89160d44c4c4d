import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketTaggingCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

// The put/get/delete round trip is in put-bucket-tagging.test.ts.
describe('S3 GetBucketTagging', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('a missing bucket is NoSuchBucket; an untagged one NoSuchTagSet', async () => {
    await assert.rejects(s3.send(new GetBucketTaggingCommand({ Bucket: 'no-such-tags' })), { name: 'NoSuchBucket' });
    await s3.send(new CreateBucketCommand({ Bucket: 'untagged' }));
    await assert.rejects(s3.send(new GetBucketTaggingCommand({ Bucket: 'untagged' })), { name: 'NoSuchTagSet' });
  });
});
