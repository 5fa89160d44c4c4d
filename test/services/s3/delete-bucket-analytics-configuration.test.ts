import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeleteBucketCommand, DeleteBucketAnalyticsConfigurationCommand, GetBucketAnalyticsConfigurationCommand, PutBucketAnalyticsConfigurationCommand, type S3Client } from '@aws-sdk/client-s3';
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

describe('S3 DeleteBucketAnalyticsConfiguration', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    for (const Bucket of ['cfg-src', 'cfg-dst']) await s3.send(new CreateBucketCommand({ Bucket }));
  });
  after(() => kumo.stop());

  test('204, then the id is gone; deleting it again is 404 NoSuchConfiguration', async () => {
    await s3.send(new PutBucketAnalyticsConfigurationCommand({ Bucket: 'cfg-src', Id: 'gone', AnalyticsConfiguration: config('gone') }));
    const out = await s3.send(new DeleteBucketAnalyticsConfigurationCommand({ Bucket: 'cfg-src', Id: 'gone' }));
    assert.equal(out.$metadata.httpStatusCode, 204);
    await rejectsWith(s3.send(new GetBucketAnalyticsConfigurationCommand({ Bucket: 'cfg-src', Id: 'gone' })), 'NoSuchConfiguration', 404);
    await rejectsWith(s3.send(new DeleteBucketAnalyticsConfigurationCommand({ Bucket: 'cfg-src', Id: 'gone' })), 'NoSuchConfiguration', 404);
    void bad;
    void DeleteBucketCommand;
  });
});
