import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  GetBucketInventoryConfigurationCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutBucketInventoryConfigurationCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, startS3 } from './s3-test-kumo.js';

const config = (ID: string) => ({ Id: ID, IsEnabled: true, IncludedObjectVersions: 'Current', Schedule: { Frequency: 'Daily' }, Destination: { S3BucketDestination: { Bucket: 'arn:aws:s3:::cfg-dst', Format: 'CSV', Prefix: 'inv' } }, OptionalFields: ['Size', 'ETag'], Filter: { Prefix: 'p/' } });
const bad = (ID: string) => ({ Id: ID, IsEnabled: true, IncludedObjectVersions: 'Sometimes', Schedule: { Frequency: 'Daily' }, Destination: { S3BucketDestination: { Bucket: 'arn:aws:s3:::cfg-dst', Format: 'CSV' } } });

async function rejectsWith(promise: Promise<unknown>, code: string, status: number): Promise<void> {
  await assert.rejects(promise, (e: Error & { $metadata: { httpStatusCode: number } }) => {
    assert.equal(e.name, code);
    assert.equal(e.$metadata.httpStatusCode, status);
    return true;
  });
}

describe('S3 PutBucketInventoryConfiguration', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    for (const Bucket of ['cfg-src', 'cfg-dst']) await s3.send(new CreateBucketCommand({ Bucket }));
  });
  after(() => kumo.stop());

  test('stores the configuration; putting the same id replaces it', async () => {
    await s3.send(new PutBucketInventoryConfigurationCommand({ Bucket: 'cfg-src', Id: 'one', InventoryConfiguration: config('one') }));
    const out = await s3.send(new GetBucketInventoryConfigurationCommand({ Bucket: 'cfg-src', Id: 'one' }));
    assert.deepEqual(out.InventoryConfiguration, config('one'));
  });

  test('schema violations are MalformedXML; ids allow letters, digits, . - _ up to 64', async () => {
    await rejectsWith(s3.send(new PutBucketInventoryConfigurationCommand({ Bucket: 'cfg-src', Id: 'bad', InventoryConfiguration: bad('bad') as never })), 'MalformedXML', 400);
    await rejectsWith(s3.send(new PutBucketInventoryConfigurationCommand({ Bucket: 'cfg-src', Id: 'has space', InventoryConfiguration: config('has space') })), 'MalformedXML', 400);
    await rejectsWith(s3.send(new PutBucketInventoryConfigurationCommand({ Bucket: 'cfg-src', Id: 'x'.repeat(65), InventoryConfiguration: config('x'.repeat(65)) })), 'MalformedXML', 400);
  });

  test('NoSuchBucket for an unknown bucket', async () => {
    await rejectsWith(s3.send(new PutBucketInventoryConfigurationCommand({ Bucket: 'cfg-none', Id: 'one', InventoryConfiguration: config('one') })), 'NoSuchBucket', 404);
  });

  test('a Daily CSV inventory lands in the destination: gzipped data, manifest.json and manifest.checksum', async () => {
    void DeleteBucketCommand;
    await s3.send(new PutObjectCommand({ Bucket: 'cfg-src', Key: 'p/a b.txt', Body: 'hello' }));
    await s3.send(new PutObjectCommand({ Bucket: 'cfg-src', Key: 'q/skip.txt', Body: 'x' }));
    await s3.send(new PutBucketInventoryConfigurationCommand({ Bucket: 'cfg-src', Id: 'daily', InventoryConfiguration: config('daily') }));
    await advanceClock(kumo, 3600);
    await advanceClock(kumo, 24 * 3600);
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'cfg-dst', Prefix: 'inv/cfg-src/daily/' }));
    const keys = (listed.Contents ?? []).map((c) => c.Key!);
    const manifestKey = keys.find((k) => /\/\d{4}-\d{2}-\d{2}T\d{2}-\d{2}Z\/manifest\.json$/.test(k));
    assert.ok(manifestKey, keys.join(','));
    const read = async (Key: string) => Buffer.from(await (await s3.send(new GetObjectCommand({ Bucket: 'cfg-dst', Key }))).Body!.transformToByteArray());
    const manifestBytes = await read(manifestKey);
    const checksum = (await read(manifestKey.replace(/manifest\.json$/, 'manifest.checksum'))).toString();
    assert.equal(checksum, createHash('md5').update(manifestBytes).digest('hex'));
    const manifest = JSON.parse(manifestBytes.toString()) as { sourceBucket: string; destinationBucket: string; fileFormat: string; fileSchema: string; files: Array<{ key: string; size: number; MD5checksum: string }> };
    assert.equal(manifest.sourceBucket, 'cfg-src');
    assert.equal(manifest.destinationBucket, 'arn:aws:s3:::cfg-dst');
    assert.equal(manifest.fileFormat, 'CSV');
    assert.equal(manifest.fileSchema, 'Bucket, Key, Size, ETag');
    const data = await read(manifest.files[0]!.key);
    assert.equal(manifest.files[0]!.MD5checksum, createHash('md5').update(data).digest('hex'));
    assert.equal(gunzipSync(data).toString(), `"cfg-src","p%2Fa%20b.txt","5","${createHash('md5').update('hello').digest('hex')}"\n`);
  });
});
