import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateBucketCommand, GetObjectCommand, GetObjectTaggingCommand, HeadObjectCommand, PutBucketVersioningCommand, PutObjectCommand, PutObjectTaggingCommand, type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 PutObjectTagging', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'otag' }));
  });
  after(() => kumo.stop());

  test('replaces the tag set; GetObject reports x-amz-tagging-count', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'otag', Key: 'k', Body: 'x', Tagging: 'a=1' }));
    await s3.send(new PutObjectTaggingCommand({ Bucket: 'otag', Key: 'k', Tagging: { TagSet: [{ Key: 'env', Value: 'dev' }, { Key: 'team', Value: 'web' }] } }));
    assert.deepEqual((await s3.send(new GetObjectTaggingCommand({ Bucket: 'otag', Key: 'k' }))).TagSet, [{ Key: 'env', Value: 'dev' }, { Key: 'team', Value: 'web' }]);
    assert.equal((await s3.send(new GetObjectCommand({ Bucket: 'otag', Key: 'k' }))).TagCount, 2);
  });

  test('limits: 10 tags, keys unique and not aws:-prefixed', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'otag', Key: 'lim', Body: 'x' }));
    const many = Array.from({ length: 11 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    await assert.rejects(s3.send(new PutObjectTaggingCommand({ Bucket: 'otag', Key: 'lim', Tagging: { TagSet: many } })), { name: 'BadRequest', message: 'Object tags cannot be greater than 10' });
    await assert.rejects(s3.send(new PutObjectTaggingCommand({ Bucket: 'otag', Key: 'lim', Tagging: { TagSet: [{ Key: 'a', Value: '1' }, { Key: 'a', Value: '2' }] } })), {
      name: 'InvalidTag', message: 'Cannot provide multiple Tags with the same key',
    });
    await assert.rejects(s3.send(new PutObjectTaggingCommand({ Bucket: 'otag', Key: 'lim', Tagging: { TagSet: [{ Key: 'aws:x', Value: '1' }] } })), { name: 'InvalidTag' });
    await assert.rejects(s3.send(new PutObjectTaggingCommand({ Bucket: 'otag', Key: 'none', Tagging: { TagSet: [] } })), { name: 'NoSuchKey' });
  });

  test('versions are tagged one by one and the version id is returned', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'otag-v' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'otag-v', VersioningConfiguration: { Status: 'Enabled' } }));
    const v1 = (await s3.send(new PutObjectCommand({ Bucket: 'otag-v', Key: 'k', Body: '1' }))).VersionId!;
    const v2 = (await s3.send(new PutObjectCommand({ Bucket: 'otag-v', Key: 'k', Body: '2' }))).VersionId!;
    const put = await s3.send(new PutObjectTaggingCommand({ Bucket: 'otag-v', Key: 'k', VersionId: v1, Tagging: { TagSet: [{ Key: 'old', Value: 'yes' }] } }));
    assert.equal(put.VersionId, v1);
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: 'otag-v', Key: 'k', VersionId: v1 }))).TagCount, undefined, 'HEAD does not carry the count');
    assert.equal((await s3.send(new GetObjectCommand({ Bucket: 'otag-v', Key: 'k', VersionId: v1 }))).TagCount, 1);
    const current = await s3.send(new GetObjectTaggingCommand({ Bucket: 'otag-v', Key: 'k' }));
    assert.equal(current.VersionId, v2);
    assert.deepEqual(current.TagSet, []);
  });
});
