import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  PutBucketReplicationCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, bodyText, startS3 } from './s3-test-kumo.js';

const ROLE = 'arn:aws:iam::000000000000:role/replication';

async function rejectsWith(promise: Promise<unknown>, code: string, message: string, status = 400): Promise<void> {
  await assert.rejects(promise, (e: Error & { $metadata: { httpStatusCode: number } }) => {
    assert.equal(e.name, code);
    assert.equal(e.message, message);
    assert.equal(e.$metadata.httpStatusCode, status);
    return true;
  });
}

describe('S3 PutBucketReplication', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  const versioned = async (name: string) => {
    await s3.send(new CreateBucketCommand({ Bucket: name }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: name, VersioningConfiguration: { Status: 'Enabled' } }));
  };
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await versioned('repl-src');
    await versioned('repl-dst');
    await s3.send(new CreateBucketCommand({ Bucket: 'repl-plain' }));
  });
  after(() => kumo.stop());

  test('the source and the destination must be versioned, the destination must exist', async () => {
    const config = (bucket: string) => ({ Role: ROLE, Rules: [{ Status: 'Enabled' as const, Prefix: '', Destination: { Bucket: `arn:aws:s3:::${bucket}` } }] });
    await rejectsWith(
      s3.send(new PutBucketReplicationCommand({ Bucket: 'repl-plain', ReplicationConfiguration: config('repl-dst') })),
      'InvalidRequest',
      "Versioning must be 'Enabled' on the bucket to apply a replication configuration",
    );
    await rejectsWith(s3.send(new PutBucketReplicationCommand({ Bucket: 'repl-src', ReplicationConfiguration: config('repl-nowhere') })), 'InvalidRequest', 'Destination bucket must exist.');
    await rejectsWith(
      s3.send(new PutBucketReplicationCommand({ Bucket: 'repl-src', ReplicationConfiguration: config('repl-plain') })),
      'InvalidRequest',
      'Destination bucket must have versioning enabled.',
    );
  });

  test('V2 rules (with a Filter) need DeleteMarkerReplication; tag filters cannot replicate delete markers', async () => {
    await rejectsWith(
      s3.send(new PutBucketReplicationCommand({
        Bucket: 'repl-src',
        ReplicationConfiguration: { Role: ROLE, Rules: [{ Status: 'Enabled', Priority: 1, Filter: { Prefix: 'a/' }, Destination: { Bucket: 'arn:aws:s3:::repl-dst' } }] },
      })),
      'InvalidRequest',
      'DeleteMarkerReplication must be specified for this version of Cross Region Replication configuration schema. Please refer to S3 Developer Guide for more information.',
    );
    await rejectsWith(
      s3.send(new PutBucketReplicationCommand({
        Bucket: 'repl-src',
        ReplicationConfiguration: {
          Role: ROLE,
          Rules: [{ Status: 'Enabled', Priority: 1, Filter: { Tag: { Key: 'k', Value: 'v' } }, DeleteMarkerReplication: { Status: 'Enabled' }, Destination: { Bucket: 'arn:aws:s3:::repl-dst' } }],
        },
      })),
      'InvalidRequest',
      'Delete marker replication is not supported if any Tag filter is specified. Please refer to S3 Developer Guide for more information.',
    );
    await rejectsWith(
      s3.send(new PutBucketReplicationCommand({
        Bucket: 'repl-src',
        ReplicationConfiguration: {
          Role: ROLE,
          Rules: [
            { Status: 'Enabled', Priority: 1, Filter: { Prefix: 'a/' }, DeleteMarkerReplication: { Status: 'Disabled' }, Destination: { Bucket: 'arn:aws:s3:::repl-dst' } },
            { Status: 'Enabled', Priority: 1, Filter: { Prefix: 'b/' }, DeleteMarkerReplication: { Status: 'Disabled' }, Destination: { Bucket: 'arn:aws:s3:::repl-dst' } },
          ],
        },
      })),
      'InvalidRequest',
      'Found overlapping priority in replication configuration. Rules must have unique priorities.',
    );
  });

  test('new versions under the prefix are copied with the same version id, metadata, tags and the rule\'s class; PENDING then COMPLETED', async () => {
    await s3.send(new PutBucketReplicationCommand({
      Bucket: 'repl-src',
      ReplicationConfiguration: {
        Role: ROLE,
        Rules: [{
          ID: 'docs',
          Status: 'Enabled',
          Priority: 1,
          Filter: { Prefix: 'docs/' },
          DeleteMarkerReplication: { Status: 'Enabled' },
          Destination: { Bucket: 'arn:aws:s3:::repl-dst', StorageClass: 'STANDARD_IA' },
        }],
      },
    }));
    const put = await s3.send(new PutObjectCommand({
      Bucket: 'repl-src', Key: 'docs/a.txt', Body: 'hello replica', ContentType: 'text/plain', Metadata: { owner: 'me' }, Tagging: 'team=blue',
    }));
    const pending = await s3.send(new HeadObjectCommand({ Bucket: 'repl-src', Key: 'docs/a.txt' }));
    assert.equal(pending.ReplicationStatus, 'PENDING');
    await assert.rejects(s3.send(new HeadObjectCommand({ Bucket: 'repl-dst', Key: 'docs/a.txt' })), { name: 'NotFound' });

    await advanceClock(kumo, 5);
    const done = await s3.send(new HeadObjectCommand({ Bucket: 'repl-src', Key: 'docs/a.txt' }));
    assert.equal(done.ReplicationStatus, 'COMPLETED');
    const replica = await s3.send(new GetObjectCommand({ Bucket: 'repl-dst', Key: 'docs/a.txt' }));
    assert.equal(await bodyText(replica.Body), 'hello replica');
    assert.equal(replica.VersionId, put.VersionId);
    assert.equal(replica.ETag, put.ETag);
    assert.equal(replica.ReplicationStatus, 'REPLICA');
    assert.equal(replica.StorageClass, 'STANDARD_IA');
    assert.equal(replica.ContentType, 'text/plain');
    assert.deepEqual(replica.Metadata, { owner: 'me' });
    assert.equal(replica.LastModified?.getTime(), done.LastModified?.getTime());
    const tags = await s3.send(new GetObjectTaggingCommand({ Bucket: 'repl-dst', Key: 'docs/a.txt' }));
    assert.deepEqual(tags.TagSet, [{ Key: 'team', Value: 'blue' }]);
  });

  test('keys outside the filter are not replicated and carry no status', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'repl-src', Key: 'other/b.txt', Body: 'x' }));
    await advanceClock(kumo, 5);
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'repl-src', Key: 'other/b.txt' }));
    assert.equal(head.ReplicationStatus, undefined);
    await assert.rejects(s3.send(new HeadObjectCommand({ Bucket: 'repl-dst', Key: 'other/b.txt' })), { name: 'NotFound' });
  });

  test('delete markers replicate when DeleteMarkerReplication is Enabled', async () => {
    const marker = await s3.send(new DeleteObjectCommand({ Bucket: 'repl-src', Key: 'docs/a.txt' }));
    assert.equal(marker.DeleteMarker, true);
    await advanceClock(kumo, 5);
    await assert.rejects(s3.send(new HeadObjectCommand({ Bucket: 'repl-dst', Key: 'docs/a.txt' })), { name: 'NotFound' });
    const versions = await s3.send(new ListObjectVersionsCommand({ Bucket: 'repl-dst', Prefix: 'docs/a.txt' }));
    assert.equal(versions.DeleteMarkers?.[0]?.VersionId, marker.VersionId);
    assert.equal(versions.Versions?.length, 1);
  });

  test('FAILED when the destination is gone by the time the job runs', async () => {
    await versioned('repl-src2');
    await versioned('repl-dst2');
    await s3.send(new PutBucketReplicationCommand({
      Bucket: 'repl-src2',
      ReplicationConfiguration: { Role: ROLE, Rules: [{ Status: 'Enabled', Prefix: '', Destination: { Bucket: 'arn:aws:s3:::repl-dst2' } }] },
    }));
    await s3.send(new PutObjectCommand({ Bucket: 'repl-src2', Key: 'k', Body: 'v' }));
    await s3.send(new DeleteBucketCommand({ Bucket: 'repl-dst2' }));
    await advanceClock(kumo, 5);
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'repl-src2', Key: 'k' }));
    assert.equal(head.ReplicationStatus, 'FAILED');
  });
});
