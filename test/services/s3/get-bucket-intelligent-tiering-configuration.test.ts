import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketIntelligentTieringConfigurationCommand, PutBucketIntelligentTieringConfigurationCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

type Failure = Error & { $metadata: { httpStatusCode: number } };

describe('GetBucketIntelligentTieringConfiguration', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'it-get' }));
  });
  after(() => kumo.stop());

  test('returns the configuration by Id; an unknown Id is 404 NoSuchConfiguration', async () => {
    const cfg = { Id: 'tagged', Status: 'Disabled' as const, Filter: { Tag: { Key: 'tier', Value: 'cold' } }, Tierings: [{ AccessTier: 'DEEP_ARCHIVE_ACCESS' as const, Days: 365 }] };
    await s3.send(new PutBucketIntelligentTieringConfigurationCommand({ Bucket: 'it-get', Id: 'tagged', IntelligentTieringConfiguration: cfg }));
    const got = await s3.send(new GetBucketIntelligentTieringConfigurationCommand({ Bucket: 'it-get', Id: 'tagged' }));
    assert.deepEqual(got.IntelligentTieringConfiguration, cfg);
    await assert.rejects(s3.send(new GetBucketIntelligentTieringConfigurationCommand({ Bucket: 'it-get', Id: 'missing' })), (e: Failure) => {
      assert.equal(e.name, 'NoSuchConfiguration');
      assert.equal(e.message, 'The specified configuration does not exist.');
      assert.equal(e.$metadata.httpStatusCode, 404);
      return true;
    });
    await assert.rejects(s3.send(new GetBucketIntelligentTieringConfigurationCommand({ Bucket: 'no-such-bucket-it', Id: 'x' })), (e: Failure) => e.name === 'NoSuchBucket');
  });
});
