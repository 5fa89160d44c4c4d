import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateBucketCommand,
  DeleteBucketIntelligentTieringConfigurationCommand,
  GetBucketIntelligentTieringConfigurationCommand,
  PutBucketIntelligentTieringConfigurationCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

type Failure = Error & { $metadata: { httpStatusCode: number } };

describe('DeleteBucketIntelligentTieringConfiguration', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'it-delete' }));
  });
  after(() => kumo.stop());

  test('204, then the configuration is gone; deleting it again is NoSuchConfiguration', async () => {
    const cfg = { Id: 'a', Status: 'Enabled' as const, Tierings: [{ AccessTier: 'ARCHIVE_ACCESS' as const, Days: 90 }] };
    await s3.send(new PutBucketIntelligentTieringConfigurationCommand({ Bucket: 'it-delete', Id: 'a', IntelligentTieringConfiguration: cfg }));
    const deleted = await s3.send(new DeleteBucketIntelligentTieringConfigurationCommand({ Bucket: 'it-delete', Id: 'a' }));
    assert.equal(deleted.$metadata.httpStatusCode, 204);
    await assert.rejects(s3.send(new GetBucketIntelligentTieringConfigurationCommand({ Bucket: 'it-delete', Id: 'a' })), (e: Failure) => e.name === 'NoSuchConfiguration');
    await assert.rejects(s3.send(new DeleteBucketIntelligentTieringConfigurationCommand({ Bucket: 'it-delete', Id: 'a' })), (e: Failure) => {
      assert.equal(e.name, 'NoSuchConfiguration');
      assert.equal(e.$metadata.httpStatusCode, 404);
      return true;
    });
  });
});
