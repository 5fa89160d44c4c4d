import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutBucketLoggingCommand,
  PutBucketReplicationCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { startKumo } from '../../../src/index.js';
import { spawnKumo } from '../../support/spawn-kumo.js';
import { advanceClock, bodyText } from './s3-test-kumo.js';

const client = (endpoint: string) =>
  new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });

/*
 * Work S3 promised but had not done yet when Kumo died (a version still PENDING replication,
 * server access log records not yet delivered) is done by the next Kumo on the same data dir.
 */
test('a kill -9 loses neither PENDING replication nor undelivered access log records', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kumo-s3-pending-'));
  const first = await spawnKumo(['--data-dir', dir, '--log-level', 'silent'], { KUMO_SERVICES: 's3' });
  let put: { VersionId?: string; ETag?: string };
  try {
    const s3 = client(first.url);
    for (const bucket of ['rs-src', 'rs-dst']) {
      await s3.send(new CreateBucketCommand({ Bucket: bucket }));
      await s3.send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    }
    await s3.send(new PutBucketReplicationCommand({
      Bucket: 'rs-src',
      ReplicationConfiguration: {
        Role: 'arn:aws:iam::000000000000:role/replication',
        Rules: [{ Status: 'Enabled', Prefix: '', Destination: { Bucket: 'arn:aws:s3:::rs-dst' } }],
      },
    }));
    await s3.send(new CreateBucketCommand({ Bucket: 'rs-logs' }));
    await s3.send(new PutBucketLoggingCommand({ Bucket: 'rs-src', BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'rs-logs', TargetPrefix: 'log/' } } }));
    put = await s3.send(new PutObjectCommand({ Bucket: 'rs-src', Key: 'doc.txt', Body: 'survives' }));
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: 'rs-src', Key: 'doc.txt' }))).ReplicationStatus, 'PENDING');
  } finally {
    first.child.kill('SIGKILL');
    assert.equal(await first.exited, 'SIGKILL');
  }

  const second = await startKumo({ port: 0, services: ['s3'], dataDir: dir });
  try {
    const s3 = client(second.url);
    await advanceClock(second, 5);
    const source = await s3.send(new HeadObjectCommand({ Bucket: 'rs-src', Key: 'doc.txt' }));
    assert.equal(source.ReplicationStatus, 'COMPLETED');
    const replica = await s3.send(new GetObjectCommand({ Bucket: 'rs-dst', Key: 'doc.txt' }));
    assert.equal(await bodyText(replica.Body), 'survives');
    assert.equal(replica.VersionId, put.VersionId);
    assert.equal(replica.ETag, put.ETag);
    assert.equal(replica.ReplicationStatus, 'REPLICA');

    await advanceClock(second, 300);
    const logs = await s3.send(new ListObjectsV2Command({ Bucket: 'rs-logs', Prefix: 'log/' }));
    assert.equal(logs.KeyCount, 1);
    const text = await bodyText((await s3.send(new GetObjectCommand({ Bucket: 'rs-logs', Key: logs.Contents![0]!.Key! }))).Body);
    // The first Kumo's requests (logging on, the PUT, the HEAD) then the second's HEAD and GET... only of rs-src.
    const operations = text.trimEnd().split('\n').map((line) => / (REST\.\S+) /.exec(line)?.[1]);
    assert.deepEqual(operations, ['REST.PUT.LOGGING_STATUS', 'REST.PUT.OBJECT', 'REST.HEAD.OBJECT', 'REST.HEAD.OBJECT']);

    // Delivered records are gone: the next delivery writes nothing more.
    await advanceClock(second, 300);
    assert.equal((await s3.send(new ListObjectsV2Command({ Bucket: 'rs-logs', Prefix: 'log/' }))).KeyCount, 1);
  } finally {
    await second.stop();
  }
});
