import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 ListObjectsV2', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  const keys = ['a.txt', 'photos/2023/jan.jpg', 'photos/2023/feb.jpg', 'photos/2024/mar.jpg', 'photos/cover.jpg', 'z', 'Zebra', 'é-accent', '日本', 'with space'];
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'listing' }));
    for (const key of keys) await s3.send(new PutObjectCommand({ Bucket: 'listing', Key: key, Body: key }));
  });
  after(() => kumo.stop());

  const list = (input: Omit<ConstructorParameters<typeof ListObjectsV2Command>[0], 'Bucket'>) => s3.send(new ListObjectsV2Command({ Bucket: 'listing', ...input }));

  test('keys in UTF-8 binary order with size, ETag and storage class', async () => {
    const out = await list({});
    const expected = [...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    assert.deepEqual(out.Contents?.map((c) => c.Key), expected);
    assert.equal(out.KeyCount, keys.length);
    assert.equal(out.IsTruncated, false);
    const first = out.Contents![0]!;
    assert.equal(first.Size, first.Key!.length);
    assert.equal(first.StorageClass, 'STANDARD');
    assert.match(first.ETag!, /^"[0-9a-f]{32}"$/);
    assert.equal(first.Owner, undefined);
    assert.ok((await list({ FetchOwner: true })).Contents![0]!.Owner?.ID);
  });

  test('prefix and delimiter roll keys up into CommonPrefixes', async () => {
    const top = await list({ Delimiter: '/' });
    assert.deepEqual(top.CommonPrefixes?.map((p) => p.Prefix), ['photos/']);
    assert.equal(top.Contents?.some((c) => c.Key?.startsWith('photos/')), false);
    const photos = await list({ Prefix: 'photos/', Delimiter: '/' });
    assert.deepEqual(photos.CommonPrefixes?.map((p) => p.Prefix), ['photos/2023/', 'photos/2024/']);
    assert.deepEqual(photos.Contents?.map((c) => c.Key), ['photos/cover.jpg']);
    assert.equal(photos.KeyCount, 3);
  });

  test('MaxKeys pages with continuation tokens, common prefixes counted once', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await list({ Delimiter: '/', MaxKeys: 2, ContinuationToken: token });
      seen.push(...(page.Contents ?? []).map((c) => c.Key!), ...(page.CommonPrefixes ?? []).map((p) => p.Prefix!));
      token = page.NextContinuationToken;
      assert.equal(page.IsTruncated, token !== undefined);
      pages++;
    } while (token);
    assert.equal(seen.length, new Set(seen).size);
    assert.equal(seen.length, 7);
    assert.equal(pages, 4);
  });

  test('StartAfter, MaxKeys 0 and EncodingType=url', async () => {
    const after = await list({ StartAfter: 'photos/cover.jpg' });
    assert.equal(after.Contents?.[0]?.Key, 'with space');
    assert.equal(after.StartAfter, 'photos/cover.jpg');
    const none = await list({ MaxKeys: 0 });
    assert.equal(none.KeyCount, 0);
    assert.equal(none.IsTruncated, false);
    const encoded = await list({ EncodingType: 'url', Prefix: 'with' });
    assert.equal(encoded.Contents?.[0]?.Key, 'with+space');
    assert.equal(encoded.EncodingType, 'url');
  });

  test('2,500 keys list in pages of 1000 (npm run bench lists 10,000)', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'many-keys' }));
    const puts = [];
    for (let i = 0; i < 2_500; i++) puts.push(`k/${String(i).padStart(5, '0')}`);
    for (let i = 0; i < puts.length; i += 200) {
      await Promise.all(puts.slice(i, i + 200).map((Key) => s3.send(new PutObjectCommand({ Bucket: 'many-keys', Key, Body: '' }))));
    }
    let token: string | undefined;
    let count = 0;
    const started = performance.now();
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: 'many-keys', ContinuationToken: token }));
      count += page.KeyCount ?? 0;
      token = page.NextContinuationToken;
    } while (token);
    assert.equal(count, 2_500);
    assert.ok(performance.now() - started < 5000);
  });
});
