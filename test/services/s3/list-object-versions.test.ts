import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeleteObjectCommand, ListObjectVersionsCommand, PutBucketVersioningCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 ListObjectVersions', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'lov' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'lov', VersioningConfiguration: { Status: 'Enabled' } }));
    await s3.send(new PutObjectCommand({ Bucket: 'lov', Key: 'a', Body: '1' }));
    await s3.send(new PutObjectCommand({ Bucket: 'lov', Key: 'a', Body: '22' }));
    await s3.send(new PutObjectCommand({ Bucket: 'lov', Key: 'b', Body: '333' }));
    await s3.send(new DeleteObjectCommand({ Bucket: 'lov', Key: 'b' }));
    await s3.send(new PutObjectCommand({ Bucket: 'lov', Key: 'dir/c', Body: 'c' }));
  });
  after(() => kumo.stop());

  test('versions newest first per key, IsLatest, delete markers apart', async () => {
    const out = await s3.send(new ListObjectVersionsCommand({ Bucket: 'lov' }));
    assert.deepEqual(out.Versions?.map((v) => [v.Key, v.Size, v.IsLatest]), [['a', 2, true], ['a', 1, false], ['b', 3, false], ['dir/c', 1, true]]);
    assert.deepEqual(out.DeleteMarkers?.map((m) => [m.Key, m.IsLatest]), [['b', true]]);
    assert.equal(out.IsTruncated, false);
  });

  test('MaxKeys pages with NextKeyMarker and NextVersionIdMarker; delimiter groups', async () => {
    const first = await s3.send(new ListObjectVersionsCommand({ Bucket: 'lov', MaxKeys: 1 }));
    assert.equal(first.IsTruncated, true);
    assert.equal(first.NextKeyMarker, 'a');
    const second = await s3.send(new ListObjectVersionsCommand({ Bucket: 'lov', MaxKeys: 2, KeyMarker: first.NextKeyMarker, VersionIdMarker: first.NextVersionIdMarker }));
    assert.deepEqual(second.Versions?.map((v) => [v.Key, v.IsLatest]), [['a', false]]);
    assert.deepEqual(second.DeleteMarkers?.map((m) => m.Key), ['b']);
    const grouped = await s3.send(new ListObjectVersionsCommand({ Bucket: 'lov', Delimiter: '/' }));
    assert.deepEqual(grouped.CommonPrefixes?.map((p) => p.Prefix), ['dir/']);
  });

  test('an unversioned bucket lists each object once with version id null', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'lov-plain' }));
    await s3.send(new PutObjectCommand({ Bucket: 'lov-plain', Key: 'x', Body: 'x' }));
    const out = await s3.send(new ListObjectVersionsCommand({ Bucket: 'lov-plain' }));
    assert.deepEqual(out.Versions?.map((v) => [v.Key, v.VersionId, v.IsLatest]), [['x', 'null', true]]);
  });
});
