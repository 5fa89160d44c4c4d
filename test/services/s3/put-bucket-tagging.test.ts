import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeleteBucketTaggingCommand, GetBucketTaggingCommand, PutBucketTaggingCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 bucket tagging (Put/Get/DeleteBucketTagging)', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'tagged' }));
  });
  after(() => kumo.stop());

  test('put replaces the set, get returns it, delete leaves NoSuchTagSet', async () => {
    await assert.rejects(s3.send(new GetBucketTaggingCommand({ Bucket: 'tagged' })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'NoSuchTagSet');
      assert.equal(e.message, 'The TagSet does not exist');
      assert.equal(e.$metadata.httpStatusCode, 404);
      return true;
    });
    await s3.send(new PutBucketTaggingCommand({ Bucket: 'tagged', Tagging: { TagSet: [{ Key: 'env', Value: 'dev' }, { Key: 'team', Value: 'core' }] } }));
    assert.deepEqual((await s3.send(new GetBucketTaggingCommand({ Bucket: 'tagged' }))).TagSet, [
      { Key: 'env', Value: 'dev' },
      { Key: 'team', Value: 'core' },
    ]);
    await s3.send(new PutBucketTaggingCommand({ Bucket: 'tagged', Tagging: { TagSet: [{ Key: 'env', Value: 'prod' }] } }));
    assert.deepEqual((await s3.send(new GetBucketTaggingCommand({ Bucket: 'tagged' }))).TagSet, [{ Key: 'env', Value: 'prod' }]);
    const deleted = await s3.send(new DeleteBucketTaggingCommand({ Bucket: 'tagged' }));
    assert.equal(deleted.$metadata.httpStatusCode, 204);
    await assert.rejects(s3.send(new GetBucketTaggingCommand({ Bucket: 'tagged' })), { name: 'NoSuchTagSet' });
  });

  test('duplicate keys and aws: prefixes are InvalidTag', async () => {
    await assert.rejects(s3.send(new PutBucketTaggingCommand({ Bucket: 'tagged', Tagging: { TagSet: [{ Key: 'a', Value: '1' }, { Key: 'a', Value: '2' }] } })), {
      name: 'InvalidTag',
    });
    await assert.rejects(s3.send(new PutBucketTaggingCommand({ Bucket: 'tagged', Tagging: { TagSet: [{ Key: 'aws:x', Value: '1' }] } })), {
      name: 'InvalidTag',
      message: 'Your TagKey cannot be prefixed with aws:',
    });
  });
});
