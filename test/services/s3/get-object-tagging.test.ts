import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetObjectTaggingCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 GetObjectTagging', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('tags set with x-amz-tagging on PUT; an untagged object has an empty set; no version id when unversioned', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'gtag' }));
    await s3.send(new PutObjectCommand({ Bucket: 'gtag', Key: 'tagged', Body: 'x', Tagging: 'a=1&b=two%20words' }));
    await s3.send(new PutObjectCommand({ Bucket: 'gtag', Key: 'plain', Body: 'x' }));
    const tagged = await s3.send(new GetObjectTaggingCommand({ Bucket: 'gtag', Key: 'tagged' }));
    assert.deepEqual(tagged.TagSet, [{ Key: 'a', Value: '1' }, { Key: 'b', Value: 'two words' }]);
    assert.equal(tagged.VersionId, undefined);
    assert.deepEqual((await s3.send(new GetObjectTaggingCommand({ Bucket: 'gtag', Key: 'plain' }))).TagSet, []);
    await assert.rejects(s3.send(new GetObjectTaggingCommand({ Bucket: 'gtag', Key: 'none' })), { name: 'NoSuchKey' });
  });
});
