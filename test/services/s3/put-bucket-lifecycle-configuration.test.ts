import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectVersionsCommand,
  ListObjectsV2Command,
  PutBucketLifecycleConfigurationCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  DeleteObjectCommand,
  type LifecycleRule,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, startS3 } from './s3-test-kumo.js';

type Failure = Error & { $metadata: { httpStatusCode: number } };
const DAY = 86400;

describe('S3 PutBucketLifecycleConfiguration', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  const put = (Bucket: string, Rules: LifecycleRule[]) => s3.send(new PutBucketLifecycleConfigurationCommand({ Bucket, LifecycleConfiguration: { Rules } }));
  const rejectsWith = async (Bucket: string, Rules: LifecycleRule[], name: string, message?: string) =>
    assert.rejects(put(Bucket, Rules), (e: Failure) => {
      assert.equal(e.name, name);
      if (message) assert.equal(e.message, message);
      assert.equal(e.$metadata.httpStatusCode, 400);
      return true;
    });
  before(async () => {
    ({ kumo, s3 } = await startS3());
    for (const Bucket of ['lc-rules', 'lc-plain', 'lc-versioned']) await s3.send(new CreateBucketCommand({ Bucket }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'lc-versioned', VersioningConfiguration: { Status: 'Enabled' } }));
  });
  after(() => kumo.stop());

  test('validation answers with AWS errors', async () => {
    await rejectsWith('lc-rules', [{ ID: 'a', Status: 'Enabled', Filter: { Prefix: '' } }], 'InvalidRequest', 'At least one action needs to be specified in a rule');
    await rejectsWith('lc-rules', [{ ID: 'a', Status: 'Enabled', Filter: {}, Expiration: { Days: 1 } }, { ID: 'a', Status: 'Enabled', Filter: {}, Expiration: { Days: 2 } }], 'InvalidArgument', 'Rule ID must be unique. Found same ID for more than one rule');
    await rejectsWith('lc-rules', [{ Status: 'Enabled', Filter: {}, Transitions: [{ Days: 10, StorageClass: 'STANDARD_IA' }] }], 'InvalidArgument', "'Days' in Transition action must be greater than or equal to 30 for storageClass 'STANDARD_IA'");
    await rejectsWith('lc-rules', [{ Status: 'Enabled', Filter: {}, Expiration: { Days: 0 } }], 'InvalidArgument', "'Days' for Expiration action must be a positive integer");
    await rejectsWith('lc-rules', [{ Status: 'Enabled', Filter: {}, Expiration: { Date: new Date('2030-01-01T12:00:00Z') } }], 'InvalidArgument', "'Date' must be at midnight GMT");
    await rejectsWith('lc-rules', [{ Status: 'Enabled', Filter: { Tag: { Key: 'k', Value: 'v' } }, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }], 'InvalidRequest', 'AbortIncompleteMultipartUpload cannot be specified with Tags.');
    await rejectsWith('lc-rules', [{ Status: 'Enabled', Filter: {}, Expiration: { Days: 1, ExpiredObjectDeleteMarker: true } }], 'InvalidRequest');
    await rejectsWith('lc-rules', [{ Status: 'Bogus' as 'Enabled', Filter: {}, Expiration: { Days: 1 } }], 'MalformedXML');
    const ok = await put('lc-rules', [{ ID: 'ok', Status: 'Enabled', Filter: { Prefix: 'x/' }, Expiration: { Days: 1 } }]);
    assert.equal(ok.TransitionDefaultMinimumObjectSize, 'all_storage_classes_128K');
  });

  test('expiration by days (next midnight UTC), prefix and size filters, transitions, stale uploads', async () => {
    await put('lc-plain', [
      { ID: 'tmp', Status: 'Enabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 1 }, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } },
      { ID: 'big', Status: 'Enabled', Filter: { ObjectSizeGreaterThan: 10 }, Transitions: [{ Days: 2, StorageClass: 'GLACIER' }] },
      { ID: 'off', Status: 'Disabled', Filter: { Prefix: 'keep/' }, Expiration: { Days: 1 } },
    ]);
    await s3.send(new PutObjectCommand({ Bucket: 'lc-plain', Key: 'tmp/a', Body: 'a' }));
    await s3.send(new PutObjectCommand({ Bucket: 'lc-plain', Key: 'keep/b', Body: 'b' }));
    await s3.send(new PutObjectCommand({ Bucket: 'lc-plain', Key: 'large', Body: 'x'.repeat(100) }));
    await s3.send(new PutObjectCommand({ Bucket: 'lc-plain', Key: 'small', Body: 'x' }));
    await s3.send(new CreateMultipartUploadCommand({ Bucket: 'lc-plain', Key: 'tmp/upload' }));
    await advanceClock(kumo, 2 * DAY);
    const keys = (await s3.send(new ListObjectsV2Command({ Bucket: 'lc-plain' }))).Contents?.map((c) => c.Key);
    assert.deepEqual(keys, ['keep/b', 'large', 'small']);
    assert.equal((await s3.send(new ListMultipartUploadsCommand({ Bucket: 'lc-plain' }))).Uploads, undefined);
    await advanceClock(kumo, DAY);
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: 'lc-plain', Key: 'large' }))).StorageClass, 'GLACIER');
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: 'lc-plain', Key: 'small' }))).StorageClass, undefined);
  });

  test('versioned: current expiry adds a delete marker, noncurrent versions expire keeping NewerNoncurrentVersions, expired markers go', async () => {
    await put('lc-versioned', [
      { ID: 'cur', Status: 'Enabled', Filter: { Prefix: 'cur/' }, Expiration: { Days: 1 } },
      { ID: 'old', Status: 'Enabled', Filter: { Prefix: 'old/' }, NoncurrentVersionExpiration: { NoncurrentDays: 1, NewerNoncurrentVersions: 1 } },
      { ID: 'dm', Status: 'Enabled', Filter: { Prefix: 'dm/' }, Expiration: { ExpiredObjectDeleteMarker: true }, NoncurrentVersionExpiration: { NoncurrentDays: 1 } },
    ]);
    await s3.send(new PutObjectCommand({ Bucket: 'lc-versioned', Key: 'cur/a', Body: '1' }));
    for (const body of ['1', '2', '3']) await s3.send(new PutObjectCommand({ Bucket: 'lc-versioned', Key: 'old/a', Body: body }));
    await s3.send(new PutObjectCommand({ Bucket: 'lc-versioned', Key: 'dm/a', Body: '1' }));
    await s3.send(new DeleteObjectCommand({ Bucket: 'lc-versioned', Key: 'dm/a' }));
    await advanceClock(kumo, 2 * DAY);
    const versions = await s3.send(new ListObjectVersionsCommand({ Bucket: 'lc-versioned' }));
    const summary = [
      ...(versions.Versions ?? []).map((v) => `${v.Key}:v:${v.IsLatest}`),
      ...(versions.DeleteMarkers ?? []).map((m) => `${m.Key}:dm:${m.IsLatest}`),
    ].sort();
    // dm/a: its data version expired as noncurrent, the marker then expired on the next sweep or the same one.
    await advanceClock(kumo, 60);
    const after2 = await s3.send(new ListObjectVersionsCommand({ Bucket: 'lc-versioned', Prefix: 'dm/' }));
    assert.equal(after2.DeleteMarkers, undefined);
    assert.equal(after2.Versions, undefined);
    assert.deepEqual(summary.filter((s) => !s.startsWith('dm/')), ['cur/a:dm:true', 'cur/a:v:false', 'old/a:v:false', 'old/a:v:true']);
  });
});
