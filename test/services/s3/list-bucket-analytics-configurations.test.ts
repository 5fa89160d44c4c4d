import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeleteBucketCommand, ListBucketAnalyticsConfigurationsCommand, PutBucketAnalyticsConfigurationCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

const config = (ID: string) => ({ Id: ID, Filter: { Prefix: 'p/' }, StorageClassAnalysis: { DataExport: { OutputSchemaVersion: 'V_1', Destination: { S3BucketDestination: { Format: 'CSV', Bucket: 'arn:aws:s3:::cfg-dst', Prefix: 'a/' } } } } });
const bad = (ID: string) => ({ Id: ID, StorageClassAnalysis: { DataExport: { OutputSchemaVersion: 'V_2', Destination: { S3BucketDestination: { Format: 'CSV', Bucket: 'arn:aws:s3:::cfg-dst' } } } } });

async function rejectsWith(promise: Promise<unknown>, code: string, status: number): Promise<void> {
  await assert.rejects(promise, (e: Error & { $metadata: { httpStatusCode: number } }) => {
    assert.equal(e.name, code);
    assert.equal(e.$metadata.httpStatusCode, status);
    return true;
  });
}

describe('S3 ListBucketAnalyticsConfigurations', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    for (const Bucket of ['cfg-src', 'cfg-dst']) await s3.send(new CreateBucketCommand({ Bucket }));
  });
  after(() => kumo.stop());

  test('empty list, not truncated, before any configuration', async () => {
    const out = await s3.send(new ListBucketAnalyticsConfigurationsCommand({ Bucket: 'cfg-src' }));
    assert.equal(out.IsTruncated, false);
    assert.equal(out.AnalyticsConfigurationList, undefined);
    void bad;
    void DeleteBucketCommand;
  });

  test('100 a page in id order with continuation tokens; the 1,001st is TooManyConfigurations', async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `c${String(i).padStart(4, '0')}`);
    for (let i = 0; i < ids.length; i += 50) {
      await Promise.all(ids.slice(i, i + 50).map((Id) => s3.send(new PutBucketAnalyticsConfigurationCommand({ Bucket: 'cfg-src', Id, AnalyticsConfiguration: config(Id) }))));
    }
    await rejectsWith(s3.send(new PutBucketAnalyticsConfigurationCommand({ Bucket: 'cfg-src', Id: 'one-too-many', AnalyticsConfiguration: config('one-too-many') })), 'TooManyConfigurations', 400);
    // Replacing an existing one is still allowed at the limit.
    await s3.send(new PutBucketAnalyticsConfigurationCommand({ Bucket: 'cfg-src', Id: 'c0000', AnalyticsConfiguration: config('c0000') }));
    const first = await s3.send(new ListBucketAnalyticsConfigurationsCommand({ Bucket: 'cfg-src' }));
    assert.equal(first.IsTruncated, true);
    assert.equal(first.AnalyticsConfigurationList?.length, 100);
    assert.equal(first.AnalyticsConfigurationList?.[0]?.Id, 'c0000');
    assert.equal(first.AnalyticsConfigurationList?.[99]?.Id, 'c0099');
    const second = await s3.send(new ListBucketAnalyticsConfigurationsCommand({ Bucket: 'cfg-src', ContinuationToken: first.NextContinuationToken }));
    assert.equal(second.ContinuationToken, first.NextContinuationToken);
    assert.equal(second.AnalyticsConfigurationList?.[0]?.Id, 'c0100');
    let token = second.NextContinuationToken;
    let pages = 2;
    while (token) {
      const page = await s3.send(new ListBucketAnalyticsConfigurationsCommand({ Bucket: 'cfg-src', ContinuationToken: token }));
      token = page.NextContinuationToken;
      pages++;
    }
    assert.equal(pages, 10);
  });
});
