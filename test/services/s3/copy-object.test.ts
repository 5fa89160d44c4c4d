import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CopyObjectCommand, CreateBucketCommand, GetObjectCommand, HeadObjectCommand, PutBucketVersioningCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 CopyObject', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  let etag: string;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'src-bkt' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'dst-bkt' }));
    etag = (await s3.send(new PutObjectCommand({ Bucket: 'src-bkt', Key: 'dir/orig name.txt', Body: 'original', ContentType: 'text/plain', Metadata: { a: '1' } }))).ETag!;
  });
  after(() => kumo.stop());

  test('COPY keeps metadata and headers; REPLACE takes the request', async () => {
    const out = await s3.send(new CopyObjectCommand({ Bucket: 'dst-bkt', Key: 'copy', CopySource: 'src-bkt/dir/orig%20name.txt' }));
    assert.equal(out.CopyObjectResult?.ETag, etag);
    assert.ok(out.CopyObjectResult?.LastModified instanceof Date);
    const copied = await s3.send(new HeadObjectCommand({ Bucket: 'dst-bkt', Key: 'copy' }));
    assert.equal(copied.ContentType, 'text/plain');
    assert.deepEqual(copied.Metadata, { a: '1' });
    await s3.send(new CopyObjectCommand({ Bucket: 'dst-bkt', Key: 'replaced', CopySource: '/src-bkt/dir/orig%20name.txt', MetadataDirective: 'REPLACE', ContentType: 'text/html', Metadata: { b: '2' } }));
    const replaced = await s3.send(new HeadObjectCommand({ Bucket: 'dst-bkt', Key: 'replaced' }));
    assert.equal(replaced.ContentType, 'text/html');
    assert.deepEqual(replaced.Metadata, { b: '2' });
    assert.equal(await (await s3.send(new GetObjectCommand({ Bucket: 'dst-bkt', Key: 'replaced' }))).Body?.transformToString(), 'original');
  });

  test('copy-source conditions fail with 412 PreconditionFailed', async () => {
    await assert.rejects(s3.send(new CopyObjectCommand({ Bucket: 'dst-bkt', Key: 'c2', CopySource: 'src-bkt/dir/orig%20name.txt', CopySourceIfMatch: '"nope"' })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'PreconditionFailed');
      assert.equal(e.$metadata.httpStatusCode, 412);
      return true;
    });
    await assert.rejects(s3.send(new CopyObjectCommand({ Bucket: 'dst-bkt', Key: 'c2', CopySource: 'src-bkt/dir/orig%20name.txt', CopySourceIfNoneMatch: etag })), { name: 'PreconditionFailed' });
    await s3.send(new CopyObjectCommand({ Bucket: 'dst-bkt', Key: 'c2', CopySource: 'src-bkt/dir/orig%20name.txt', CopySourceIfMatch: etag }));
  });

  test('copying onto itself without changes is InvalidRequest; a missing source NoSuchKey', async () => {
    await assert.rejects(s3.send(new CopyObjectCommand({ Bucket: 'src-bkt', Key: 'dir/orig name.txt', CopySource: 'src-bkt/dir/orig%20name.txt' })), {
      name: 'InvalidRequest',
      message: /copy an object to itself without changing the object's metadata/,
    });
    await s3.send(new CopyObjectCommand({ Bucket: 'src-bkt', Key: 'dir/orig name.txt', CopySource: 'src-bkt/dir/orig%20name.txt', MetadataDirective: 'REPLACE', Metadata: { c: '3' } }));
    await assert.rejects(s3.send(new CopyObjectCommand({ Bucket: 'dst-bkt', Key: 'x', CopySource: 'src-bkt/missing' })), { name: 'NoSuchKey' });
  });

  test('x-amz-copy-source with ?versionId copies that version', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'ver-src' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'ver-src', VersioningConfiguration: { Status: 'Enabled' } }));
    const v1 = await s3.send(new PutObjectCommand({ Bucket: 'ver-src', Key: 'k', Body: 'one' }));
    await s3.send(new PutObjectCommand({ Bucket: 'ver-src', Key: 'k', Body: 'two' }));
    const out = await s3.send(new CopyObjectCommand({ Bucket: 'dst-bkt', Key: 'from-v1', CopySource: `ver-src/k?versionId=${v1.VersionId}` }));
    assert.equal(out.CopySourceVersionId, v1.VersionId);
    assert.equal(await (await s3.send(new GetObjectCommand({ Bucket: 'dst-bkt', Key: 'from-v1' }))).Body?.transformToString(), 'one');
  });
});
