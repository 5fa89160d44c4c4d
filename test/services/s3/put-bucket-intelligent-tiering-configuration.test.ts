import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import {
  CopyObjectCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  GetBucketIntelligentTieringConfigurationCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutBucketIntelligentTieringConfigurationCommand,
  PutBucketNotificationConfigurationCommand,
  PutObjectCommand,
  RestoreObjectCommand,
  UploadPartCopyCommand,
  type IntelligentTieringConfiguration,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, bodyText, startS3 } from './s3-test-kumo.js';

type Failure = Error & { $metadata: { httpStatusCode: number }; AccessTier?: string; StorageClass?: string };

const DAY = 86_400;
const BIG = Buffer.alloc(128 * 1024, 'i');

const config = (Id: string, tierings: IntelligentTieringConfiguration['Tierings'], Filter?: IntelligentTieringConfiguration['Filter']): IntelligentTieringConfiguration => ({
  Id,
  Status: 'Enabled',
  Tierings: tierings,
  ...(Filter ? { Filter } : {}),
});

describe('PutBucketIntelligentTieringConfiguration', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'tiers' }));
  });
  after(() => kumo.stop());

  test('stores the configuration as put; AWS validation errors', async () => {
    const put = config('archive', [{ AccessTier: 'ARCHIVE_ACCESS', Days: 90 }, { AccessTier: 'DEEP_ARCHIVE_ACCESS', Days: 180 }], { And: { Prefix: 'logs/', Tags: [{ Key: 'k', Value: 'v' }] } });
    await s3.send(new PutBucketIntelligentTieringConfigurationCommand({ Bucket: 'tiers', Id: 'archive', IntelligentTieringConfiguration: put }));
    const got = await s3.send(new GetBucketIntelligentTieringConfigurationCommand({ Bucket: 'tiers', Id: 'archive' }));
    assert.deepEqual(got.IntelligentTieringConfiguration, put);

    const cases: Array<[IntelligentTieringConfiguration['Tierings'], string, string]> = [
      [[{ AccessTier: 'ARCHIVE_ACCESS', Days: 89 }], 'InvalidArgument', 'Days specified in ARCHIVE_ACCESS tier should not be less than 90.'],
      [[{ AccessTier: 'DEEP_ARCHIVE_ACCESS', Days: 179 }], 'InvalidArgument', 'Days specified in DEEP_ARCHIVE_ACCESS tier should not be less than 180.'],
      [[{ AccessTier: 'ARCHIVE_ACCESS', Days: 731 }], 'InvalidArgument', 'Days specified in ARCHIVE_ACCESS tier should not be more than 730.'],
      [[{ AccessTier: 'ARCHIVE_ACCESS', Days: 200 }, { AccessTier: 'DEEP_ARCHIVE_ACCESS', Days: 190 }], 'InvalidArgument', 'Days specified in DEEP_ARCHIVE_ACCESS should be greater than days specified in ARCHIVE_ACCESS'],
      [[], 'MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema'],
    ];
    for (const [tierings, code, message] of cases) {
      await assert.rejects(s3.send(new PutBucketIntelligentTieringConfigurationCommand({ Bucket: 'tiers', Id: 'bad', IntelligentTieringConfiguration: config('bad', tierings) })), (e: Failure) => {
        assert.equal(e.name, code);
        assert.equal(e.message, message);
        assert.equal(e.$metadata.httpStatusCode, 400);
        return true;
      });
    }
    // The body's Id must be the one in the query string.
    await assert.rejects(
      s3.send(new PutBucketIntelligentTieringConfigurationCommand({ Bucket: 'tiers', Id: 'one', IntelligentTieringConfiguration: config('other', [{ AccessTier: 'ARCHIVE_ACCESS', Days: 90 }]) })),
      (e: Failure) => e.name === 'MalformedXML',
    );
  });

  test('unread objects of 128 KiB or more move to the archive tiers on Kumo\'s clock; GET is refused with AccessTier; restore brings them back', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'tiering-run' }));
    await s3.send(
      new PutBucketIntelligentTieringConfigurationCommand({
        Bucket: 'tiering-run',
        Id: 'cold',
        IntelligentTieringConfiguration: config('cold', [{ AccessTier: 'ARCHIVE_ACCESS', Days: 90 }, { AccessTier: 'DEEP_ARCHIVE_ACCESS', Days: 180 }], { Prefix: 'data/' }),
      }),
    );
    for (const key of ['data/idle', 'data/read', 'data/small', 'other/idle']) {
      await s3.send(new PutObjectCommand({ Bucket: 'tiering-run', Key: key, Body: key === 'data/small' ? 'tiny' : BIG, StorageClass: 'INTELLIGENT_TIERING' }));
    }
    await s3.send(new PutObjectCommand({ Bucket: 'tiering-run', Key: 'data/standard', Body: BIG }));

    await advanceClock(kumo, 60 * DAY);
    // A GET restarts the timer; a HEAD does not.
    await bodyText((await s3.send(new GetObjectCommand({ Bucket: 'tiering-run', Key: 'data/read' }))).Body);
    await s3.send(new HeadObjectCommand({ Bucket: 'tiering-run', Key: 'data/idle' }));
    await advanceClock(kumo, 31 * DAY);

    const head = async (key: string) => (await s3.send(new HeadObjectCommand({ Bucket: 'tiering-run', Key: key }))).ArchiveStatus;
    assert.equal(await head('data/idle'), 'ARCHIVE_ACCESS');
    assert.equal(await head('data/read'), undefined);
    assert.equal(await head('data/small'), undefined, 'objects under 128 KiB are not monitored');
    assert.equal(await head('other/idle'), undefined, 'outside the filter');
    assert.equal(await head('data/standard'), undefined, 'not INTELLIGENT_TIERING');
    await assert.rejects(s3.send(new GetObjectCommand({ Bucket: 'tiering-run', Key: 'data/idle' })), (e: Failure) => {
      assert.equal(e.name, 'InvalidObjectState');
      assert.equal(e.$metadata.httpStatusCode, 403);
      assert.equal(e.AccessTier, 'ARCHIVE_ACCESS');
      assert.equal(e.StorageClass, 'INTELLIGENT_TIERING');
      return true;
    });

    await advanceClock(kumo, 90 * DAY);
    assert.equal(await head('data/idle'), 'DEEP_ARCHIVE_ACCESS');
    assert.equal(await head('data/read'), 'ARCHIVE_ACCESS');

    // Restoring takes no Days: the object comes back to Frequent Access for good.
    await assert.rejects(s3.send(new RestoreObjectCommand({ Bucket: 'tiering-run', Key: 'data/idle', RestoreRequest: { Days: 1 } })), (e: Failure) => {
      assert.equal(e.name, 'InvalidArgument');
      assert.equal(e.message, 'INTELLIGENT_TIERING objects are not subject to restore expiry. Do not specify Days when restoring this object');
      return true;
    });
    await assert.rejects(s3.send(new RestoreObjectCommand({ Bucket: 'tiering-run', Key: 'data/idle', RestoreRequest: { GlacierJobParameters: { Tier: 'Expedited' } } })), (e: Failure) => e.name === 'InvalidArgument');
    const started = await s3.send(new RestoreObjectCommand({ Bucket: 'tiering-run', Key: 'data/idle', RestoreRequest: {} }));
    assert.equal(started.$metadata.httpStatusCode, 202);
    const during = await s3.send(new HeadObjectCommand({ Bucket: 'tiering-run', Key: 'data/idle' }));
    assert.equal(during.Restore, 'ongoing-request="true"');
    assert.equal(during.ArchiveStatus, 'DEEP_ARCHIVE_ACCESS');
    await advanceClock(kumo, 11 * 3600);
    await assert.rejects(s3.send(new GetObjectCommand({ Bucket: 'tiering-run', Key: 'data/idle' })), (e: Failure) => e.name === 'InvalidObjectState');
    await advanceClock(kumo, 3600);
    const back = await s3.send(new HeadObjectCommand({ Bucket: 'tiering-run', Key: 'data/idle' }));
    assert.equal(back.ArchiveStatus, undefined);
    assert.equal(back.Restore, undefined);
    assert.equal(back.StorageClass, 'INTELLIGENT_TIERING');
    assert.equal((await bodyText((await s3.send(new GetObjectCommand({ Bucket: 'tiering-run', Key: 'data/idle' }))).Body)).length, BIG.length);

    // Archive Access restores in the Standard tier's 5 hours.
    await s3.send(new RestoreObjectCommand({ Bucket: 'tiering-run', Key: 'data/read', RestoreRequest: { GlacierJobParameters: { Tier: 'Standard' } } }));
    await advanceClock(kumo, 5 * 3600);
    assert.equal(await head('data/read'), undefined);
    // Its timer starts again from the restore.
    await advanceClock(kumo, 89 * DAY);
    assert.equal(await head('data/read'), undefined);
    await advanceClock(kumo, 2 * DAY);
    assert.equal(await head('data/read'), 'ARCHIVE_ACCESS');
  });
});

describe('Intelligent-Tiering: copies count as access; s3:IntelligentTiering events', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  let sqs: SQSClient;
  let queueUrl: string;
  before(async () => {
    ({ kumo, s3 } = await startS3(['sqs']));
    sqs = new SQSClient(kumo.clientConfig);
    queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'tiering-events' }))).QueueUrl!;
    const QueueArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    await s3.send(new CreateBucketCommand({ Bucket: 'tier-ev' }));
    await s3.send(new PutBucketIntelligentTieringConfigurationCommand({
      Bucket: 'tier-ev', Id: 'cold', IntelligentTieringConfiguration: config('cold', [{ AccessTier: 'ARCHIVE_ACCESS', Days: 90 }], { Prefix: 'data/' }),
    }));
    await s3.send(new PutBucketNotificationConfigurationCommand({
      Bucket: 'tier-ev', NotificationConfiguration: { QueueConfigurations: [{ Id: 'tiers', QueueArn, Events: ['s3:IntelligentTiering'] }] },
    }));
  });
  after(() => kumo.stop());

  test('CopyObject and UploadPartCopy restart a source\'s timer; the move to Archive Access is announced', async () => {
    for (const key of ['data/idle', 'data/copied', 'data/part-copied']) {
      await s3.send(new PutObjectCommand({ Bucket: 'tier-ev', Key: key, Body: BIG, StorageClass: 'INTELLIGENT_TIERING' }));
    }
    await advanceClock(kumo, 60 * DAY);
    await s3.send(new CopyObjectCommand({ Bucket: 'tier-ev', Key: 'out/copy', CopySource: 'tier-ev/data/copied' }));
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: 'tier-ev', Key: 'out/mpu' }));
    await s3.send(new UploadPartCopyCommand({ Bucket: 'tier-ev', Key: 'out/mpu', UploadId, PartNumber: 1, CopySource: 'tier-ev/data/part-copied' }));
    await advanceClock(kumo, 31 * DAY);

    const status = async (key: string) => (await s3.send(new HeadObjectCommand({ Bucket: 'tier-ev', Key: key }))).ArchiveStatus;
    assert.equal(await status('data/idle'), 'ARCHIVE_ACCESS');
    assert.equal(await status('data/copied'), undefined);
    assert.equal(await status('data/part-copied'), undefined);

    type Record = { eventVersion: string; eventName: string; s3: { configurationId: string; object: { key: string; size: number; eTag: string } }; intelligentTieringEventData?: { destinationAccessTier: string } };
    const records: Record[] = [];
    for (let i = 0; i < 5 && records.length === 0; i++) {
      const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
      for (const m of out.Messages ?? []) records.push(...((JSON.parse(m.Body!) as { Records?: Record[] }).Records ?? []));
    }
    assert.equal(records.length, 1, JSON.stringify(records));
    const [event] = records;
    assert.equal(event!.eventName, 'IntelligentTiering');
    assert.equal(event!.eventVersion, '2.3');
    assert.equal(event!.s3.configurationId, 'tiers');
    assert.equal(event!.s3.object.key, 'data/idle');
    assert.equal(event!.s3.object.size, BIG.length);
    assert.deepEqual(event!.intelligentTieringEventData, { destinationAccessTier: 'ARCHIVE_ACCESS' });
  });
});
