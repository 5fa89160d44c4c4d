import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeletePublicAccessBlockCommand,
  GetObjectAclCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListPartsCommand,
  PutObjectCommand,
  UploadPartCommand,
  UploadPartCopyCommand,
  PutBucketOwnershipControlsCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

const MiB = 1024 * 1024;
const md5 = (data: Buffer) => createHash('md5').update(data).digest();

describe('S3 multipart uploads', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'multi' }));
  });
  after(() => kumo.stop());

  const create = async (Key: string, extra: Record<string, unknown> = {}) =>
    (await s3.send(new CreateMultipartUploadCommand({ Bucket: 'multi', Key, ...extra }))).UploadId!;

  test('create, upload parts, complete: the object is the parts in order, ETag md5-of-md5s-N', async () => {
    const uploadId = await create('big.bin', { ContentType: 'application/x-test', Metadata: { k: 'v' } });
    const part1 = Buffer.alloc(5 * MiB, 1);
    const part2 = Buffer.alloc(1234, 2);
    const e1 = (await s3.send(new UploadPartCommand({ Bucket: 'multi', Key: 'big.bin', UploadId: uploadId, PartNumber: 1, Body: part1 }))).ETag!;
    const e2 = (await s3.send(new UploadPartCommand({ Bucket: 'multi', Key: 'big.bin', UploadId: uploadId, PartNumber: 2, Body: part2 }))).ETag!;
    assert.equal(e1, `"${md5(part1).toString('hex')}"`);
    const parts = await s3.send(new ListPartsCommand({ Bucket: 'multi', Key: 'big.bin', UploadId: uploadId }));
    assert.deepEqual(parts.Parts?.map((p) => [p.PartNumber, p.Size, p.ETag]), [[1, part1.length, e1], [2, part2.length, e2]]);
    const uploads = await s3.send(new ListMultipartUploadsCommand({ Bucket: 'multi' }));
    assert.deepEqual(uploads.Uploads?.map((u) => [u.Key, u.UploadId]), [['big.bin', uploadId]]);
    const done = await s3.send(new CompleteMultipartUploadCommand({ Bucket: 'multi', Key: 'big.bin', UploadId: uploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: e1 }, { PartNumber: 2, ETag: e2 }] } }));
    assert.equal(done.ETag, `"${createHash('md5').update(Buffer.concat([md5(part1), md5(part2)])).digest('hex')}-2"`);
    assert.equal(done.Key, 'big.bin');
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'multi', Key: 'big.bin' }));
    assert.equal(head.ContentLength, part1.length + part2.length);
    assert.equal(head.ContentType, 'application/x-test');
    assert.deepEqual(head.Metadata, { k: 'v' });
    const ranged = await s3.send(new GetObjectCommand({ Bucket: 'multi', Key: 'big.bin', Range: `bytes=${5 * MiB - 2}-${5 * MiB + 1}` }));
    assert.deepEqual([...(await ranged.Body!.transformToByteArray())], [1, 1, 2, 2]);
    const second = await s3.send(new GetObjectCommand({ Bucket: 'multi', Key: 'big.bin', PartNumber: 2 }));
    assert.equal(second.PartsCount, 2);
    assert.equal(second.ContentLength, part2.length);
    assert.equal((await s3.send(new ListMultipartUploadsCommand({ Bucket: 'multi' }))).Uploads, undefined);
  });

  test('Complete checks order, ETags and the 5 MiB minimum for all but the last part', async () => {
    const uploadId = await create('checked');
    const small = Buffer.alloc(100, 3);
    const e1 = (await s3.send(new UploadPartCommand({ Bucket: 'multi', Key: 'checked', UploadId: uploadId, PartNumber: 1, Body: small }))).ETag!;
    const e2 = (await s3.send(new UploadPartCommand({ Bucket: 'multi', Key: 'checked', UploadId: uploadId, PartNumber: 2, Body: small }))).ETag!;
    const complete = (Parts: Array<{ PartNumber: number; ETag: string }>) => s3.send(new CompleteMultipartUploadCommand({ Bucket: 'multi', Key: 'checked', UploadId: uploadId, MultipartUpload: { Parts } }));
    await assert.rejects(complete([{ PartNumber: 2, ETag: e2 }, { PartNumber: 1, ETag: e1 }]), { name: 'InvalidPartOrder' });
    await assert.rejects(complete([{ PartNumber: 1, ETag: '"00000000000000000000000000000000"' }]), { name: 'InvalidPart' });
    await assert.rejects(complete([{ PartNumber: 3, ETag: e1 }]), { name: 'InvalidPart' });
    await assert.rejects(complete([{ PartNumber: 1, ETag: e1 }, { PartNumber: 2, ETag: e2 }]), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'EntityTooSmall');
      assert.equal(e.$metadata.httpStatusCode, 400);
      return true;
    });
    const one = await complete([{ PartNumber: 2, ETag: e2 }]);
    assert.match(one.ETag!, /-1"$/);
  });

  test('the ACL named at CreateMultipartUpload is the completed object\'s; anonymous reads follow it', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'multi-acl' }));
    // New buckets disable ACLs: the grant is refused at Create, before any part is sent.
    await assert.rejects(s3.send(new CreateMultipartUploadCommand({ Bucket: 'multi-acl', Key: 'k', ACL: 'public-read' })), { name: 'AccessControlListNotSupported' });
    await s3.send(new PutBucketOwnershipControlsCommand({ Bucket: 'multi-acl', OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] } }));
    await assert.rejects(s3.send(new CreateMultipartUploadCommand({ Bucket: 'multi-acl', Key: 'k', ACL: 'public-read' })), { name: 'AccessDenied' });
    await s3.send(new DeletePublicAccessBlockCommand({ Bucket: 'multi-acl' }));
    const upload = async (key: string, acl: { ACL?: 'public-read'; GrantRead?: string }) => {
      const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: 'multi-acl', Key: key, ...acl }));
      const part = await s3.send(new UploadPartCommand({ Bucket: 'multi-acl', Key: key, UploadId, PartNumber: 1, Body: `body of ${key}` }));
      await s3.send(new CompleteMultipartUploadCommand({ Bucket: 'multi-acl', Key: key, UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag }] } }));
    };
    await upload('public.txt', { ACL: 'public-read' });
    await upload('granted.txt', { GrantRead: 'uri="http://acs.amazonaws.com/groups/global/AllUsers"' });
    await upload('private.txt', {});
    const acl = await s3.send(new GetObjectAclCommand({ Bucket: 'multi-acl', Key: 'public.txt' }));
    assert.deepEqual(acl.Grants?.map((g) => [g.Grantee?.Type, g.Grantee?.URI, g.Permission]), [
      ['CanonicalUser', undefined, 'FULL_CONTROL'],
      ['Group', 'http://acs.amazonaws.com/groups/global/AllUsers', 'READ'],
    ]);
    const anonymous = (key: string) => fetch(`${kumo.url}/multi-acl/${key}`);
    assert.equal(await (await anonymous('public.txt')).text(), 'body of public.txt');
    assert.equal((await anonymous('granted.txt')).status, 200);
    assert.equal((await anonymous('private.txt')).status, 403);
  });

  test('Abort forgets the upload: NoSuchUpload afterwards', async () => {
    const uploadId = await create('aborted');
    await s3.send(new UploadPartCommand({ Bucket: 'multi', Key: 'aborted', UploadId: uploadId, PartNumber: 1, Body: 'x' }));
    const out = await s3.send(new AbortMultipartUploadCommand({ Bucket: 'multi', Key: 'aborted', UploadId: uploadId }));
    assert.equal(out.$metadata.httpStatusCode, 204);
    await assert.rejects(s3.send(new ListPartsCommand({ Bucket: 'multi', Key: 'aborted', UploadId: uploadId })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'NoSuchUpload');
      assert.equal(e.$metadata.httpStatusCode, 404);
      return true;
    });
    await assert.rejects(s3.send(new UploadPartCommand({ Bucket: 'multi', Key: 'aborted', UploadId: uploadId, PartNumber: 1, Body: 'x' })), { name: 'NoSuchUpload' });
  });

  test('UploadPartCopy copies a byte range of an object into a part', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'multi', Key: 'source', Body: 'abcdefghij' }));
    const uploadId = await create('from-copy');
    const out = await s3.send(new UploadPartCopyCommand({ Bucket: 'multi', Key: 'from-copy', UploadId: uploadId, PartNumber: 1, CopySource: 'multi/source', CopySourceRange: 'bytes=2-5' }));
    assert.equal(out.CopyPartResult?.ETag, `"${createHash('md5').update('cdef').digest('hex')}"`);
    await assert.rejects(
      s3.send(new UploadPartCopyCommand({ Bucket: 'multi', Key: 'from-copy', UploadId: uploadId, PartNumber: 2, CopySource: 'multi/source', CopySourceRange: 'bytes=5-50' })),
      { name: 'InvalidRange' },
    );
    await s3.send(new CompleteMultipartUploadCommand({ Bucket: 'multi', Key: 'from-copy', UploadId: uploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: out.CopyPartResult!.ETag! }] } }));
    assert.equal(await (await s3.send(new GetObjectCommand({ Bucket: 'multi', Key: 'from-copy' }))).Body?.transformToString(), 'cdef');
  });

  test('composite CRC32 checksum: checksum of part checksums, -N', async () => {
    const uploadId = await create('summed', { ChecksumAlgorithm: 'CRC32' });
    const part = await s3.send(new UploadPartCommand({ Bucket: 'multi', Key: 'summed', UploadId: uploadId, PartNumber: 1, Body: 'hello world', ChecksumAlgorithm: 'CRC32' }));
    assert.equal(part.ChecksumCRC32, 'DUoRhQ==');
    const done = await s3.send(new CompleteMultipartUploadCommand({ Bucket: 'multi', Key: 'summed', UploadId: uploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag, ChecksumCRC32: part.ChecksumCRC32 }] } }));
    assert.match(done.ChecksumCRC32 ?? '', /^[A-Za-z0-9+/]{6}==-1$/);
  });
});
