import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateBucketCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutBucketLoggingCommand,
  PutBucketOwnershipControlsCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, bodyText, startS3 } from './s3-test-kumo.js';

async function rejectsWith(promise: Promise<unknown>, code: string, message: string, status = 400): Promise<void> {
  await assert.rejects(promise, (e: Error & { $metadata: { httpStatusCode: number } }) => {
    assert.equal(e.name, code);
    assert.equal(e.message, message);
    assert.equal(e.$metadata.httpStatusCode, status);
    return true;
  });
}

describe('S3 PutBucketLogging', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  let as: (account: string, region?: string) => S3Client;
  before(async () => {
    ({ kumo, s3, as } = await startS3());
    for (const Bucket of ['log-src', 'log-target', 'log-src2']) await s3.send(new CreateBucketCommand({ Bucket }));
  });
  after(() => kumo.stop());

  test('the target must exist, be the same account\'s and in the same region', async () => {
    await rejectsWith(
      s3.send(new PutBucketLoggingCommand({ Bucket: 'log-src', BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'log-none', TargetPrefix: 'x/' } } })),
      'InvalidTargetBucketForLogging',
      'The target bucket for logging does not exist',
    );
    await as('111111111111').send(new CreateBucketCommand({ Bucket: 'log-foreign' }));
    await rejectsWith(
      s3.send(new PutBucketLoggingCommand({ Bucket: 'log-src', BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'log-foreign', TargetPrefix: 'x/' } } })),
      'InvalidTargetBucketForLogging',
      'The owner for the bucket to be logged and the target bucket must be the same.',
    );
    await s3.send(new CreateBucketCommand({ Bucket: 'log-west', CreateBucketConfiguration: { LocationConstraint: 'us-west-2' } }));
    await rejectsWith(
      s3.send(new PutBucketLoggingCommand({ Bucket: 'log-src', BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'log-west', TargetPrefix: 'x/' } } })),
      'CrossLocationLoggingProhibitted',
      'Cross S3 location logging not allowed. ',
      403,
    );
  });

  test('target grants are refused while the target bucket has BucketOwnerEnforced', async () => {
    await rejectsWith(
      s3.send(new PutBucketLoggingCommand({
        Bucket: 'log-src',
        BucketLoggingStatus: {
          LoggingEnabled: {
            TargetBucket: 'log-target',
            TargetPrefix: 'x/',
            TargetGrants: [{ Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' }],
          },
        },
      })),
      'AccessControlListNotSupported',
      'Target grants not allowed for bucket owner enforced buckets',
    );
  });

  test('requests are delivered as S3 access log lines into the target under the prefix', async () => {
    await s3.send(new PutBucketLoggingCommand({ Bucket: 'log-src', BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'log-target', TargetPrefix: 'logs/' } } }));
    await s3.send(new PutObjectCommand({ Bucket: 'log-src', Key: 'a b.txt', Body: 'hello' }));
    await s3.send(new GetObjectCommand({ Bucket: 'log-src', Key: 'a b.txt' }));
    await assert.rejects(s3.send(new GetObjectCommand({ Bucket: 'log-src', Key: 'missing' })), { name: 'NoSuchKey' });
    // Nothing is delivered before the next delivery.
    assert.equal((await s3.send(new ListObjectsV2Command({ Bucket: 'log-target', Prefix: 'logs/' }))).KeyCount, 0);

    await advanceClock(kumo, 300);
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'log-target', Prefix: 'logs/' }));
    assert.equal(listed.KeyCount, 1);
    const key = listed.Contents![0]!.Key!;
    assert.match(key, /^logs\/\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}-[0-9A-F]{16}$/);
    const text = await bodyText((await s3.send(new GetObjectCommand({ Bucket: 'log-target', Key: key }))).Body);
    const lines = text.trimEnd().split('\n');
    // The PutBucketLogging that turned logging on is logged too (the bucket logs once it has answered).
    assert.equal(lines.length, 4, text);
    const [enable, put, get, missing] = lines;
    assert.match(enable!, / REST\.PUT\.LOGGING_STATUS - "PUT \/log-src\?logging HTTP\/1\.1" 200 - /);
    assert.match(put!, /^[0-9a-f]{64} log-src \[\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000\] \S+ [0-9a-f]{64} \S+ REST\.PUT\.OBJECT a%20b\.txt "PUT \/log-src\/a%20b\.txt(\?\S*)? HTTP\/1\.1" 200 - - /);
    assert.match(get!, / REST\.GET\.OBJECT a%20b\.txt "GET \/log-src\/a%20b\.txt HTTP\/1\.1" 200 - 5 5 \d+ \d+ "-" "-" - \S+ SigV4 - AuthHeader /);
    assert.match(missing!, / REST\.GET\.OBJECT missing "GET \/log-src\/missing HTTP\/1\.1" 404 NoSuchKey - - /);
    assert.equal(put!.split(' ').length >= 26, true);
  });

  test('PartitionedPrefix keys: account/region/bucket/YYYY/MM/DD by event time', async () => {
    await s3.send(new PutBucketLoggingCommand({
      Bucket: 'log-src2',
      BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'log-target', TargetPrefix: 'part/', TargetObjectKeyFormat: { PartitionedPrefix: { PartitionDateSource: 'EventTime' } } } },
    }));
    await s3.send(new PutObjectCommand({ Bucket: 'log-src2', Key: 'k', Body: 'v' }));
    await advanceClock(kumo, 300);
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'log-target', Prefix: 'part/' }));
    assert.equal(listed.KeyCount, 1);
    assert.match(listed.Contents![0]!.Key!, /^part\/000000000000\/us-east-1\/log-src2\/\d{4}\/\d{2}\/\d{2}\/\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}-[0-9A-F]{16}$/);
  });

  test('an empty BucketLoggingStatus turns logging off', async () => {
    await s3.send(new PutBucketOwnershipControlsCommand({ Bucket: 'log-target', OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] } }));
    await s3.send(new PutBucketLoggingCommand({ Bucket: 'log-src', BucketLoggingStatus: {} }));
    await s3.send(new PutObjectCommand({ Bucket: 'log-src', Key: 'quiet', Body: 'v' }));
    await advanceClock(kumo, 300);
    assert.equal((await s3.send(new ListObjectsV2Command({ Bucket: 'log-target', Prefix: 'logs/' }))).KeyCount, 1);
  });
});
