import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, ListObjectsCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 ListObjects (v1)', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'listing-v1' }));
    for (const key of ['a', 'b/1', 'b/2', 'c', 'd/1', 'e']) await s3.send(new PutObjectCommand({ Bucket: 'listing-v1', Key: key, Body: 'x' }));
  });
  after(() => kumo.stop());

  test('Marker resumes after a key; Owner is always there', async () => {
    const out = await s3.send(new ListObjectsCommand({ Bucket: 'listing-v1', Marker: 'b/1' }));
    assert.deepEqual(out.Contents?.map((c) => c.Key), ['b/2', 'c', 'd/1', 'e']);
    assert.ok(out.Contents?.[0]?.Owner?.ID);
    assert.equal(out.Marker, 'b/1');
  });

  test('NextMarker only with a delimiter, and resuming from a common prefix skips it', async () => {
    const plain = await s3.send(new ListObjectsCommand({ Bucket: 'listing-v1', MaxKeys: 2 }));
    assert.equal(plain.IsTruncated, true);
    assert.equal(plain.NextMarker, undefined);
    const first = await s3.send(new ListObjectsCommand({ Bucket: 'listing-v1', Delimiter: '/', MaxKeys: 2 }));
    assert.deepEqual(first.Contents?.map((c) => c.Key), ['a']);
    assert.deepEqual(first.CommonPrefixes?.map((p) => p.Prefix), ['b/']);
    assert.equal(first.NextMarker, 'b/');
    const second = await s3.send(new ListObjectsCommand({ Bucket: 'listing-v1', Delimiter: '/', MaxKeys: 2, Marker: first.NextMarker }));
    assert.deepEqual(second.Contents?.map((c) => c.Key), ['c']);
    assert.deepEqual(second.CommonPrefixes?.map((p) => p.Prefix), ['d/']);
    const third = await s3.send(new ListObjectsCommand({ Bucket: 'listing-v1', Delimiter: '/', MaxKeys: 2, Marker: second.NextMarker }));
    assert.deepEqual(third.Contents?.map((c) => c.Key), ['e']);
    assert.equal(third.IsTruncated, false);
  });
});
