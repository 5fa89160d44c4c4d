import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, RestoreObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, bodyText, startS3 } from './s3-test-kumo.js';

type Failure = Error & { $metadata: { httpStatusCode: number }; Code?: string };

describe('S3 storage classes and RestoreObject', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'cold' }));
  });
  after(() => kumo.stop());

  test('every general purpose class is accepted and shown by HEAD and listings; others are InvalidStorageClass', async () => {
    for (const cls of ['REDUCED_REDUNDANCY', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER', 'DEEP_ARCHIVE', 'GLACIER_IR'] as const) {
      await s3.send(new PutObjectCommand({ Bucket: 'cold', Key: `classes/${cls}`, Body: 'x', StorageClass: cls }));
      const head = await s3.send(new HeadObjectCommand({ Bucket: 'cold', Key: `classes/${cls}` }));
      assert.equal(head.StorageClass, cls);
    }
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'cold', Prefix: 'classes/' }));
    assert.deepEqual(listed.Contents?.map((c) => [c.Key, c.StorageClass]).find(([k]) => k === 'classes/GLACIER_IR'), ['classes/GLACIER_IR', 'GLACIER_IR']);
    for (const cls of ['EXPRESS_ONEZONE', 'OUTPOSTS', 'COLD'] as const) {
      await assert.rejects(s3.send(new PutObjectCommand({ Bucket: 'cold', Key: 'bad', Body: 'x', StorageClass: cls as 'GLACIER' })), (e: Failure) => {
        assert.equal(e.name, 'InvalidStorageClass');
        assert.equal(e.message, 'The storage class you specified is not valid');
        return true;
      });
    }
  });

  test('GLACIER: GET refused until an Expedited restore finishes 5 minutes later; the copy expires after Days', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'cold', Key: 'frozen', Body: 'ice', StorageClass: 'GLACIER' }));
    await assert.rejects(s3.send(new GetObjectCommand({ Bucket: 'cold', Key: 'frozen' })), (e: Failure) => {
      assert.equal(e.name, 'InvalidObjectState');
      assert.equal(e.$metadata.httpStatusCode, 403);
      return true;
    });
    const started = await s3.send(new RestoreObjectCommand({ Bucket: 'cold', Key: 'frozen', RestoreRequest: { Days: 2, GlacierJobParameters: { Tier: 'Expedited' } } }));
    assert.equal(started.$metadata.httpStatusCode, 202);
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: 'cold', Key: 'frozen' }))).Restore, 'ongoing-request="true"');
    await assert.rejects(s3.send(new RestoreObjectCommand({ Bucket: 'cold', Key: 'frozen', RestoreRequest: { Days: 2 } })), (e: Failure) => {
      assert.equal(e.name, 'RestoreAlreadyInProgress');
      assert.equal(e.$metadata.httpStatusCode, 409);
      return true;
    });
    await assert.rejects(s3.send(new GetObjectCommand({ Bucket: 'cold', Key: 'frozen' })), (e: Failure) => e.name === 'InvalidObjectState');

    await advanceClock(kumo, 5 * 60);
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'cold', Key: 'frozen' }));
    const expiry = /^ongoing-request="false", expiry-date="(.+)"$/.exec(head.Restore ?? '');
    assert.ok(expiry, head.Restore);
    const expiryDate = new Date(expiry[1]!);
    assert.equal(expiryDate.getUTCHours(), 0, 'expiry is rounded to midnight UTC');
    assert.equal(head.StorageClass, 'GLACIER');
    assert.equal(await bodyText((await s3.send(new GetObjectCommand({ Bucket: 'cold', Key: 'frozen' }))).Body), 'ice');
    // Asking again once restored extends the copy: 200, not 202.
    const again = await s3.send(new RestoreObjectCommand({ Bucket: 'cold', Key: 'frozen', RestoreRequest: { Days: 1 } }));
    assert.equal(again.$metadata.httpStatusCode, 200);

    await advanceClock(kumo, 3 * 86400);
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: 'cold', Key: 'frozen' }))).Restore, undefined);
    await assert.rejects(s3.send(new GetObjectCommand({ Bucket: 'cold', Key: 'frozen' })), (e: Failure) => e.name === 'InvalidObjectState');
  });

  test('DEEP_ARCHIVE takes 12 hours Standard and has no Expedited tier; STANDARD objects cannot be restored', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'cold', Key: 'deep', Body: 'abyss', StorageClass: 'DEEP_ARCHIVE' }));
    await assert.rejects(s3.send(new RestoreObjectCommand({ Bucket: 'cold', Key: 'deep', RestoreRequest: { Days: 1, GlacierJobParameters: { Tier: 'Expedited' } } })), (e: Failure) => e.$metadata.httpStatusCode === 400);
    await s3.send(new RestoreObjectCommand({ Bucket: 'cold', Key: 'deep', RestoreRequest: { Days: 1 } }));
    await advanceClock(kumo, 11 * 3600);
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: 'cold', Key: 'deep' }))).Restore, 'ongoing-request="true"');
    await advanceClock(kumo, 3600);
    assert.match((await s3.send(new HeadObjectCommand({ Bucket: 'cold', Key: 'deep' }))).Restore ?? '', /ongoing-request="false"/);

    await s3.send(new PutObjectCommand({ Bucket: 'cold', Key: 'warm', Body: 'sun' }));
    await assert.rejects(s3.send(new RestoreObjectCommand({ Bucket: 'cold', Key: 'warm', RestoreRequest: { Days: 1 } })), (e: Failure) => {
      assert.equal(e.name, 'InvalidObjectState');
      assert.equal(e.$metadata.httpStatusCode, 403);
      return true;
    });
  });
});
