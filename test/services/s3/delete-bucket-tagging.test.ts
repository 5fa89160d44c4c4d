import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeleteBucketTaggingCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

// The put/get/delete round trip is in put-bucket-tagging.test.ts.
describe('S3 DeleteBucketTagging', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('deleting tags that are not there is still 204', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'never-tagged' }));
    assert.equal((await s3.send(new DeleteBucketTaggingCommand({ Bucket: 'never-tagged' }))).$metadata.httpStatusCode, 204);
    await assert.rejects(s3.send(new DeleteBucketTaggingCommand({ Bucket: 'no-such-bucket-tags' })), { name: 'NoSuchBucket' });
  });
});
