import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeleteObjectsCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 DeleteObjects', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'bulk' }));
    for (const key of ['a', 'b', 'c', 'd']) await s3.send(new PutObjectCommand({ Bucket: 'bulk', Key: key, Body: key }));
  });
  after(() => kumo.stop());

  test('reports each deleted key, missing ones included; Quiet reports none', async () => {
    const out = await s3.send(new DeleteObjectsCommand({ Bucket: 'bulk', Delete: { Objects: [{ Key: 'a' }, { Key: 'b' }, { Key: 'never' }] } }));
    assert.deepEqual(out.Deleted?.map((d) => d.Key), ['a', 'b', 'never']);
    assert.equal(out.Errors, undefined);
    const quiet = await s3.send(new DeleteObjectsCommand({ Bucket: 'bulk', Delete: { Objects: [{ Key: 'c' }], Quiet: true } }));
    assert.equal(quiet.Deleted, undefined);
    const left = await s3.send(new ListObjectsV2Command({ Bucket: 'bulk' }));
    assert.deepEqual(left.Contents?.map((c) => c.Key), ['d']);
  });

  test('an ETag per key makes that delete conditional: a mismatch is a per-key PreconditionFailed', async () => {
    const { ETag } = await s3.send(new PutObjectCommand({ Bucket: 'bulk', Key: 'e', Body: 'e' }));
    await s3.send(new PutObjectCommand({ Bucket: 'bulk', Key: 'f', Body: 'f' }));
    const out = await s3.send(new DeleteObjectsCommand({
      Bucket: 'bulk',
      Delete: { Objects: [{ Key: 'e', ETag }, { Key: 'f', ETag: '"0123456789abcdef0123456789abcdef"' }] },
    }));
    assert.deepEqual(out.Deleted?.map((d) => d.Key), ['e']);
    assert.deepEqual(out.Errors, [{ Key: 'f', Code: 'PreconditionFailed', Message: 'At least one of the pre-conditions you specified did not hold' }]);
    const left = await s3.send(new ListObjectsV2Command({ Bucket: 'bulk' }));
    assert.ok(left.Contents?.some((c) => c.Key === 'f'));
  });
});
