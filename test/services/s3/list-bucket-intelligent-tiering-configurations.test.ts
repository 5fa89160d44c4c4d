import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, ListBucketIntelligentTieringConfigurationsCommand, PutBucketIntelligentTieringConfigurationCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('ListBucketIntelligentTieringConfigurations', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'it-list' }));
  });
  after(() => kumo.stop());

  test('an empty bucket lists nothing; 150 configurations come in Id order, 100 a page, with a continuation token', async () => {
    const empty = await s3.send(new ListBucketIntelligentTieringConfigurationsCommand({ Bucket: 'it-list' }));
    assert.equal(empty.IsTruncated, false);
    assert.equal(empty.IntelligentTieringConfigurationList, undefined);
    const ids = Array.from({ length: 150 }, (_, i) => `cfg-${String(i).padStart(3, '0')}`);
    for (const Id of [...ids].reverse()) {
      await s3.send(new PutBucketIntelligentTieringConfigurationCommand({ Bucket: 'it-list', Id, IntelligentTieringConfiguration: { Id, Status: 'Enabled', Tierings: [{ AccessTier: 'ARCHIVE_ACCESS', Days: 90 }] } }));
    }
    const first = await s3.send(new ListBucketIntelligentTieringConfigurationsCommand({ Bucket: 'it-list' }));
    assert.equal(first.IsTruncated, true);
    assert.deepEqual(first.IntelligentTieringConfigurationList?.map((c) => c.Id), ids.slice(0, 100));
    assert.ok(first.NextContinuationToken);
    const second = await s3.send(new ListBucketIntelligentTieringConfigurationsCommand({ Bucket: 'it-list', ContinuationToken: first.NextContinuationToken }));
    assert.equal(second.IsTruncated, false);
    assert.equal(second.ContinuationToken, first.NextContinuationToken);
    assert.equal(second.NextContinuationToken, undefined);
    assert.deepEqual(second.IntelligentTieringConfigurationList?.map((c) => c.Id), ids.slice(100));
    assert.deepEqual(second.IntelligentTieringConfigurationList?.[0]?.Tierings, [{ AccessTier: 'ARCHIVE_ACCESS', Days: 90 }]);
  });
});
