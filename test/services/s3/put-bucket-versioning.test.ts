import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetBucketVersioningCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutBucketVersioningCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

type HttpError = Error & { $metadata: { httpStatusCode: number }; $response?: { headers: Record<string, string> } };

describe('S3 versioning (Put/GetBucketVersioning, versions, delete markers)', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'versions' }));
  });
  after(() => kumo.stop());

  const read = async (Key: string, VersionId?: string) => (await s3.send(new GetObjectCommand({ Bucket: 'versions', Key, VersionId }))).Body?.transformToString();

  test('a new bucket has no versioning status; Enabled and Suspended are reported', async () => {
    assert.equal((await s3.send(new GetBucketVersioningCommand({ Bucket: 'versions' }))).Status, undefined);
    await s3.send(new PutObjectCommand({ Bucket: 'versions', Key: 'before', Body: 'pre-versioning' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'versions', VersioningConfiguration: { Status: 'Enabled' } }));
    assert.equal((await s3.send(new GetBucketVersioningCommand({ Bucket: 'versions' }))).Status, 'Enabled');
    // An object from before versioning is the key's "null" version.
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: 'versions', Key: 'before' }))).VersionId, 'null');
  });

  test('each PUT is a new version; GET by version id; delete leaves a marker', async () => {
    const v1 = await s3.send(new PutObjectCommand({ Bucket: 'versions', Key: 'doc', Body: 'one' }));
    const v2 = await s3.send(new PutObjectCommand({ Bucket: 'versions', Key: 'doc', Body: 'two' }));
    assert.ok(v1.VersionId && v2.VersionId && v1.VersionId !== v2.VersionId);
    assert.equal(await read('doc'), 'two');
    assert.equal(await read('doc', v1.VersionId), 'one');
    const del = await s3.send(new DeleteObjectCommand({ Bucket: 'versions', Key: 'doc' }));
    assert.equal(del.DeleteMarker, true);
    assert.ok(del.VersionId);
    await assert.rejects(read('doc'), (e: HttpError) => {
      assert.equal(e.name, 'NoSuchKey');
      assert.equal(e.$response?.headers['x-amz-delete-marker'], 'true');
      return true;
    });
    assert.equal((await s3.send(new ListObjectsV2Command({ Bucket: 'versions', Prefix: 'doc' }))).KeyCount, 0);
    assert.equal(await read('doc', v2.VersionId), 'two');
    await assert.rejects(read('doc', del.VersionId), (e: HttpError) => e.name === 'MethodNotAllowed' && e.$metadata.httpStatusCode === 405);
    // Removing the marker brings the previous version back.
    const undo = await s3.send(new DeleteObjectCommand({ Bucket: 'versions', Key: 'doc', VersionId: del.VersionId }));
    assert.equal(undo.DeleteMarker, true);
    assert.equal(await read('doc'), 'two');
    await s3.send(new DeleteObjectCommand({ Bucket: 'versions', Key: 'doc', VersionId: v2.VersionId }));
    assert.equal(await read('doc'), 'one');
  });

  test('unknown version ids: NoSuchVersion', async () => {
    await assert.rejects(read('doc', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'), (e: HttpError) => e.name === 'NoSuchVersion' && e.$metadata.httpStatusCode === 404);
  });

  test('Suspended: new writes replace the null version', async () => {
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'versions', VersioningConfiguration: { Status: 'Suspended' } }));
    const a = await s3.send(new PutObjectCommand({ Bucket: 'versions', Key: 'doc', Body: 'null-a' }));
    assert.equal(a.VersionId, undefined);
    await s3.send(new PutObjectCommand({ Bucket: 'versions', Key: 'doc', Body: 'null-b' }));
    assert.equal(await read('doc', 'null'), 'null-b');
    assert.equal(await read('doc'), 'null-b');
    assert.equal((await s3.send(new GetBucketVersioningCommand({ Bucket: 'versions' }))).Status, 'Suspended');
  });

  test('an unversioned bucket refuses version ids other than null', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'plain-bucket' }));
    await s3.send(new PutObjectCommand({ Bucket: 'plain-bucket', Key: 'k', Body: 'x' }));
    await assert.rejects(s3.send(new GetObjectCommand({ Bucket: 'plain-bucket', Key: 'k', VersionId: 'abc' })), { name: 'InvalidArgument', message: 'Invalid version id specified' });
    assert.equal(await (await s3.send(new GetObjectCommand({ Bucket: 'plain-bucket', Key: 'k', VersionId: 'null' }))).Body?.transformToString(), 'x');
  });
});
