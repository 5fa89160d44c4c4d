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

describe('S3 PutBucketAnalyticsConfiguration', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    for (const Bucket of ['cfg-src', 'cfg-dst']) await s3.send(new CreateBucketCommand({ Bucket }));
  });
  after(() => kumo.stop());

  test('stores the configuration; putting the same id replaces it', async () => {
    await s3.send(new PutBucketAnalyticsConfigurationCommand({ Bucket: 'cfg-src', Id: 'one', AnalyticsConfiguration: config('one') }));
    const out = await s3.send(new GetBucketAnalyticsConfigurationCommand({ Bucket: 'cfg-src', Id: 'one' }));
    assert.deepEqual(out.AnalyticsConfiguration, config('one'));
  });

  test('schema violations are MalformedXML; ids allow letters, digits, . - _ up to 64', async () => {
    await rejectsWith(s3.send(new PutBucketAnalyticsConfigurationCommand({ Bucket: 'cfg-src', Id: 'bad', AnalyticsConfiguration: bad('bad') as never })), 'MalformedXML', 400);
    await rejectsWith(s3.send(new PutBucketAnalyticsConfigurationCommand({ Bucket: 'cfg-src', Id: 'has space', AnalyticsConfiguration: config('has space') })), 'MalformedXML', 400);
    await rejectsWith(s3.send(new PutBucketAnalyticsConfigurationCommand({ Bucket: 'cfg-src', Id: 'x'.repeat(65), AnalyticsConfiguration: config('x'.repeat(65)) })), 'MalformedXML', 400);
  });

  test('NoSuchBucket for an unknown bucket', async () => {
    await rejectsWith(s3.send(new PutBucketAnalyticsConfigurationCommand({ Bucket: 'cfg-none', Id: 'one', AnalyticsConfiguration: config('one') })), 'NoSuchBucket', 404);
  });
});
