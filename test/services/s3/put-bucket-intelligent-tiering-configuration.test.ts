import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateBucketCommand,
  GetBucketIntelligentTieringConfigurationCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutBucketIntelligentTieringConfigurationCommand,
  PutObjectCommand,
  RestoreObjectCommand,
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
