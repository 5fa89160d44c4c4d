import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketReplicationCommand, PutBucketReplicationCommand, PutBucketVersioningCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 GetBucketReplication', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    for (const Bucket of ['grepl-src', 'grepl-dst']) {
      await s3.send(new CreateBucketCommand({ Bucket }));
      await s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    }
  });
  after(() => kumo.stop());

  test('404 ReplicationConfigurationNotFoundError before any configuration', async () => {
    await assert.rejects(s3.send(new GetBucketReplicationCommand({ Bucket: 'grepl-src' })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'ReplicationConfigurationNotFoundError');
      assert.equal(e.message, 'The replication configuration was not found');
      assert.equal(e.$metadata.httpStatusCode, 404);
      return true;
    });
  });

  test('returns the role and rules as put; a rule without an ID gets one', async () => {
    await s3.send(new PutBucketReplicationCommand({
      Bucket: 'grepl-src',
      ReplicationConfiguration: {
        Role: 'arn:aws:iam::000000000000:role/r',
        Rules: [
          {
            ID: 'tagged',
            Priority: 2,
            Status: 'Enabled',
            Filter: { And: { Prefix: 'p/', Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] } },
            DeleteMarkerReplication: { Status: 'Disabled' },
            ExistingObjectReplication: { Status: 'Enabled' },
            Destination: { Bucket: 'arn:aws:s3:::grepl-dst', Account: '000000000000', StorageClass: 'GLACIER', AccessControlTranslation: { Owner: 'Destination' } },
          },
          { Priority: 1, Status: 'Disabled', Filter: { Prefix: 'q/' }, DeleteMarkerReplication: { Status: 'Enabled' }, Destination: { Bucket: 'arn:aws:s3:::grepl-dst' } },
        ],
      },
    }));
    const out = await s3.send(new GetBucketReplicationCommand({ Bucket: 'grepl-src' }));
    const config = out.ReplicationConfiguration!;
    assert.equal(config.Role, 'arn:aws:iam::000000000000:role/r');
    assert.equal(config.Rules?.length, 2);
    const [tagged, second] = config.Rules!;
    assert.deepEqual(tagged, {
      ID: 'tagged',
      Priority: 2,
      Status: 'Enabled',
      Filter: { And: { Prefix: 'p/', Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] } },
      DeleteMarkerReplication: { Status: 'Disabled' },
      ExistingObjectReplication: { Status: 'Enabled' },
      Destination: { Bucket: 'arn:aws:s3:::grepl-dst', Account: '000000000000', StorageClass: 'GLACIER', AccessControlTranslation: { Owner: 'Destination' } },
    });
    assert.equal(second!.Status, 'Disabled');
    assert.equal(typeof second!.ID, 'string');
    assert.ok(second!.ID!.length > 0);
  });
});
