import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeleteBucketCommand, GetBucketAnalyticsConfigurationCommand, PutBucketAnalyticsConfigurationCommand, type S3Client } from '@aws-sdk/client-s3';
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

describe('S3 GetBucketAnalyticsConfiguration', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    for (const Bucket of ['cfg-src', 'cfg-dst']) await s3.send(new CreateBucketCommand({ Bucket }));
  });
  after(() => kumo.stop());

  test('404 NoSuchConfiguration for an unknown id', async () => {
    await assert.rejects(s3.send(new GetBucketAnalyticsConfigurationCommand({ Bucket: 'cfg-src', Id: 'nope' })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'NoSuchConfiguration');
      assert.equal(e.message, 'The specified configuration does not exist.');
      assert.equal(e.$metadata.httpStatusCode, 404);
      return true;
    });
  });

  test('returns what was put', async () => {
    await s3.send(new PutBucketAnalyticsConfigurationCommand({ Bucket: 'cfg-src', Id: 'got', AnalyticsConfiguration: config('got') }));
    assert.deepEqual((await s3.send(new GetBucketAnalyticsConfigurationCommand({ Bucket: 'cfg-src', Id: 'got' }))).AnalyticsConfiguration, config('got'));
    void bad;
  });

  test('a bucket created again under the same name starts without configurations', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'cfg-again' }));
    await s3.send(new PutBucketAnalyticsConfigurationCommand({ Bucket: 'cfg-again', Id: 'old', AnalyticsConfiguration: config('old') }));
    await s3.send(new DeleteBucketCommand({ Bucket: 'cfg-again' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'cfg-again' }));
    await rejectsWith(s3.send(new GetBucketAnalyticsConfigurationCommand({ Bucket: 'cfg-again', Id: 'old' })), 'NoSuchConfiguration', 404);
  });
});
