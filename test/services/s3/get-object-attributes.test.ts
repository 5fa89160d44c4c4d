import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  CompleteMultipartUploadCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectAttributesCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  UploadPartCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

type Failure = Error & { $metadata: { httpStatusCode: number }; $response?: { headers: Record<string, string> } };

const MiB = 1024 * 1024;

describe('GetObjectAttributes', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'attrs' }));
  });
  after(() => kumo.stop());

  test('a single PUT: unquoted ETag, checksum, STANDARD, size, no ObjectParts; only what was asked', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'attrs', Key: 'one', Body: 'hello world!', ChecksumAlgorithm: 'SHA256' }));
    const all = await s3.send(new GetObjectAttributesCommand({ Bucket: 'attrs', Key: 'one', ObjectAttributes: ['ETag', 'Checksum', 'ObjectParts', 'StorageClass', 'ObjectSize'] }));
    assert.equal(all.ETag, createHash('md5').update('hello world!').digest('hex'));
    assert.equal(all.Checksum?.ChecksumSHA256, createHash('sha256').update('hello world!').digest('base64'));
    assert.equal((all.Checksum as { ChecksumType?: string }).ChecksumType, 'FULL_OBJECT');
    assert.equal(all.StorageClass, 'STANDARD');
    assert.equal(all.ObjectSize, 12);
    assert.equal(all.ObjectParts, undefined);
    assert.ok(all.LastModified instanceof Date);
    const some = await s3.send(new GetObjectAttributesCommand({ Bucket: 'attrs', Key: 'one', ObjectAttributes: ['ObjectSize'] }));
    assert.equal(some.ObjectSize, 12);
    assert.equal(some.ETag, undefined);
    assert.equal(some.Checksum, undefined);
    assert.equal(some.StorageClass, undefined);
  });

  test('unknown or missing attribute names are InvalidArgument; a missing key is NoSuchKey', async () => {
    for (const names of [['Size'], []]) {
      await assert.rejects(s3.send(new GetObjectAttributesCommand({ Bucket: 'attrs', Key: 'one', ObjectAttributes: names as ['ETag'] })), (e: Failure) => {
        assert.equal(e.name, 'InvalidArgument');
        assert.equal(e.message, 'Invalid attribute name specified.');
        assert.equal(e.$metadata.httpStatusCode, 400);
        return true;
      });
    }
    await assert.rejects(s3.send(new GetObjectAttributesCommand({ Bucket: 'attrs', Key: 'nope', ObjectAttributes: ['ETag'] })), (e: Failure) => e.name === 'NoSuchKey');
  });

  test('a COMPOSITE multipart object: checksum without -N, parts paged by part-number-marker and max-parts', async () => {
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: 'attrs', Key: 'multi', ChecksumAlgorithm: 'SHA256' }));
    const bodies = [Buffer.alloc(5 * MiB, 'a'), Buffer.alloc(5 * MiB, 'b'), Buffer.from('tail')];
    const numbers = [1, 3, 7];
    const parts = [];
    for (let i = 0; i < bodies.length; i++) {
      const r = await s3.send(new UploadPartCommand({ Bucket: 'attrs', Key: 'multi', UploadId, PartNumber: numbers[i], Body: bodies[i], ChecksumAlgorithm: 'SHA256' }));
      parts.push({ PartNumber: numbers[i], ETag: r.ETag, ChecksumSHA256: r.ChecksumSHA256 });
    }
    const done = await s3.send(new CompleteMultipartUploadCommand({ Bucket: 'attrs', Key: 'multi', UploadId, MultipartUpload: { Parts: parts } }));
    assert.match(done.ChecksumSHA256 ?? '', /-3$/);

    const first = await s3.send(new GetObjectAttributesCommand({ Bucket: 'attrs', Key: 'multi', ObjectAttributes: ['ETag', 'Checksum', 'ObjectParts', 'ObjectSize'], MaxParts: 2 }));
    assert.equal(first.Checksum?.ChecksumSHA256, done.ChecksumSHA256!.replace(/-3$/, ''));
    assert.equal(first.ETag, done.ETag!.replace(/"/g, ''));
    assert.equal(first.ObjectSize, 10 * MiB + 4);
    const op = first.ObjectParts!;
    assert.equal(op.TotalPartsCount, 3);
    assert.equal(op.MaxParts, 2);
    assert.equal(op.IsTruncated, true);
    assert.equal(String(op.NextPartNumberMarker), '3');
    assert.deepEqual(op.Parts?.map((p) => [p.PartNumber, p.Size, p.ChecksumSHA256]), [[1, 5 * MiB, parts[0]!.ChecksumSHA256], [3, 5 * MiB, parts[1]!.ChecksumSHA256]]);
    const second = await s3.send(new GetObjectAttributesCommand({ Bucket: 'attrs', Key: 'multi', ObjectAttributes: ['ObjectParts'], PartNumberMarker: 3 }));
    assert.equal(second.ObjectParts?.IsTruncated, false);
    assert.equal(String(second.ObjectParts?.PartNumberMarker), '3');
    assert.deepEqual(second.ObjectParts?.Parts?.map((p) => [p.PartNumber, p.Size]), [[7, 4]]);
  });

  test('a multipart object without an additional checksum: the part count alone', async () => {
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: 'attrs', Key: 'plain-multi' }));
    const a = await s3.send(new UploadPartCommand({ Bucket: 'attrs', Key: 'plain-multi', UploadId, PartNumber: 1, Body: Buffer.alloc(5 * MiB) }));
    const b = await s3.send(new UploadPartCommand({ Bucket: 'attrs', Key: 'plain-multi', UploadId, PartNumber: 2, Body: 'x' }));
    await s3.send(new CompleteMultipartUploadCommand({ Bucket: 'attrs', Key: 'plain-multi', UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: a.ETag }, { PartNumber: 2, ETag: b.ETag }] } }));
    const out = await s3.send(new GetObjectAttributesCommand({ Bucket: 'attrs', Key: 'plain-multi', ObjectAttributes: ['ObjectParts', 'ETag'] }));
    assert.equal(out.ObjectParts?.TotalPartsCount, 2);
    assert.equal(out.ObjectParts?.Parts, undefined);
    assert.match(out.ETag ?? '', /^[0-9a-f]{32}-2$/);
  });

  test('versions: version id echoed; a current delete marker is 404 with x-amz-delete-marker, a named one 405', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'attrs-versioned' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'attrs-versioned', VersioningConfiguration: { Status: 'Enabled' } }));
    const v1 = await s3.send(new PutObjectCommand({ Bucket: 'attrs-versioned', Key: 'k', Body: 'first' }));
    await s3.send(new PutObjectCommand({ Bucket: 'attrs-versioned', Key: 'k', Body: 'second!' }));
    const old = await s3.send(new GetObjectAttributesCommand({ Bucket: 'attrs-versioned', Key: 'k', VersionId: v1.VersionId, ObjectAttributes: ['ObjectSize'] }));
    assert.equal(old.VersionId, v1.VersionId);
    assert.equal(old.ObjectSize, 5);
    const marker = await s3.send(new DeleteObjectCommand({ Bucket: 'attrs-versioned', Key: 'k' }));
    await assert.rejects(s3.send(new GetObjectAttributesCommand({ Bucket: 'attrs-versioned', Key: 'k', ObjectAttributes: ['ETag'] })), (e: Failure) => {
      assert.equal(e.name, 'NoSuchKey');
      assert.equal(e.$response?.headers['x-amz-delete-marker'], 'true');
      return true;
    });
    await assert.rejects(s3.send(new GetObjectAttributesCommand({ Bucket: 'attrs-versioned', Key: 'k', VersionId: marker.VersionId, ObjectAttributes: ['ETag'] })), (e: Failure) => {
      assert.equal(e.$metadata.httpStatusCode, 405);
      assert.equal(e.$response?.headers['x-amz-delete-marker'], 'true');
      return true;
    });
  });

  test('SSE-C objects need their key', async () => {
    const key = Buffer.alloc(32, 7);
    const sse = { SSECustomerAlgorithm: 'AES256', SSECustomerKey: key.toString('base64'), SSECustomerKeyMD5: createHash('md5').update(key).digest('base64') };
    await s3.send(new PutObjectCommand({ Bucket: 'attrs', Key: 'secret', Body: 'shh', ...sse }));
    await assert.rejects(s3.send(new GetObjectAttributesCommand({ Bucket: 'attrs', Key: 'secret', ObjectAttributes: ['ObjectSize'] })), (e: Failure) => e.name === 'InvalidRequest');
    const out = await s3.send(new GetObjectAttributesCommand({ Bucket: 'attrs', Key: 'secret', ObjectAttributes: ['ObjectSize'], ...sse }));
    assert.equal(out.ObjectSize, 3);
  });
});
