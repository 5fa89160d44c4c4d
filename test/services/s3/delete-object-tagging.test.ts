import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeleteObjectTaggingCommand, GetObjectCommand, GetObjectTaggingCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 DeleteObjectTagging', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('removes every tag (204); the tag count disappears', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'dtag' }));
    await s3.send(new PutObjectCommand({ Bucket: 'dtag', Key: 'k', Body: 'x', Tagging: 'a=1' }));
    const deleted = await s3.send(new DeleteObjectTaggingCommand({ Bucket: 'dtag', Key: 'k' }));
    assert.equal(deleted.$metadata.httpStatusCode, 204);
    assert.deepEqual((await s3.send(new GetObjectTaggingCommand({ Bucket: 'dtag', Key: 'k' }))).TagSet, []);
    assert.equal((await s3.send(new GetObjectCommand({ Bucket: 'dtag', Key: 'k' }))).TagCount, undefined);
  });
});
