import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, CreateMultipartUploadCommand, UploadPartCommand, CompleteMultipartUploadCommand, GetObjectCommand, ListPartsCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { completeMultipartUpload } from '../../../src/services/s3/operations/complete-multipart-upload.js';
import { createMultipartUpload } from '../../../src/services/s3/operations/create-multipart-upload.js';
import { uploadPart } from '../../../src/services/s3/operations/upload-part.js';
import { objectsTable, partKey, partsTable } from '../../../src/services/s3/store.js';
import { s3OperationContext } from './operation-context.js';
import { startS3 } from './s3-test-kumo.js';

// The whole multipart flow is in create-multipart-upload.test.ts; this file covers complete-multipart-upload's own rules.
describe('S3 CompleteMultipartUpload', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  let uploadId: string;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'mpu' }));
    uploadId = (await s3.send(new CreateMultipartUploadCommand({ Bucket: 'mpu', Key: 'k' }))).UploadId!;
  });
  after(() => kumo.stop());

  test('an unknown upload is NoSuchUpload; If-None-Match: * refuses to overwrite', async () => {
    await assert.rejects(s3.send(new CompleteMultipartUploadCommand({ Bucket: 'mpu', Key: 'k', UploadId: 'nope', MultipartUpload: { Parts: [{ PartNumber: 1, ETag: '"x"' }] } })), { name: 'NoSuchUpload' });
    const part = await s3.send(new UploadPartCommand({ Bucket: 'mpu', Key: 'k', UploadId: uploadId, PartNumber: 1, Body: 'x' }));
    await s3.send(new PutObjectCommand({ Bucket: 'mpu', Key: 'k', Body: 'exists' }));
    await assert.rejects(
      s3.send(new CompleteMultipartUploadCommand({ Bucket: 'mpu', Key: 'k', UploadId: uploadId, IfNoneMatch: '*', MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag }] } })),
      { name: 'PreconditionFailed' },
    );
    const done = await s3.send(new CompleteMultipartUploadCommand({ Bucket: 'mpu', Key: 'k', UploadId: uploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag }] } }));
    assert.match(done.ETag!, /-1"$/);
  });

  test('an UploadPart racing the completion of the same part number: one of them wins, the object is never mixed', async () => {
    const first = Buffer.alloc(5 * 1024 * 1024, 'a');
    // Staggered starts (negative: the completion starts later) make the part's commit land
    // before, during (FULL_OBJECT checksums read every part at completion) or after it.
    for (const delayMs of [-8, -2, -1, 0, 3]) {
      const Key = `race-${delayMs}`;
      const id = (await s3.send(new CreateMultipartUploadCommand({ Bucket: 'mpu', Key, ChecksumAlgorithm: 'CRC32', ChecksumType: 'FULL_OBJECT' }))).UploadId!;
      const part = (PartNumber: number, Body: Buffer | string) => s3.send(new UploadPartCommand({ Bucket: 'mpu', Key, UploadId: id, PartNumber, Body, ChecksumAlgorithm: 'CRC32' }));
      const one = await part(1, first);
      const two = await part(2, 'old tail');
      const complete = (etag: string | undefined) => s3.send(new CompleteMultipartUploadCommand({
        Bucket: 'mpu', Key, UploadId: id,
        MultipartUpload: { Parts: [{ PartNumber: 1, ETag: one.ETag, ChecksumCRC32: one.ChecksumCRC32 }, { PartNumber: 2, ETag: etag }] },
      }));
      const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
      const [completed, replaced] = await Promise.allSettled([
        wait(-delayMs).then(() => complete(two.ETag)),
        wait(delayMs).then(() => part(2, 'new tail')),
      ]);
      const body = async () => Buffer.from(await (await s3.send(new GetObjectCommand({ Bucket: 'mpu', Key }))).Body!.transformToByteArray());
      if (completed.status === 'fulfilled') {
        // The part came too late: the upload was gone.
        assert.equal(replaced.status, 'rejected');
        assert.equal((replaced.reason as Error).name, 'NoSuchUpload');
        const bytes = await body();
        assert.equal(bytes.length, first.length + 8);
        assert.equal(bytes.subarray(first.length).toString(), 'old tail');
        assert.equal(bytes.subarray(0, first.length).equals(first), true);
      } else {
        // The part won: the completion named an ETag that no longer holds.
        assert.equal((completed.reason as Error).name, 'InvalidPart', String(completed.reason));
        assert.equal(replaced.status, 'fulfilled');
        const listed = await s3.send(new ListPartsCommand({ Bucket: 'mpu', Key, UploadId: id }));
        assert.equal(listed.Parts?.[1]?.ETag, replaced.value.ETag);
        await complete(replaced.value.ETag);
        const bytes = await body();
        assert.equal(bytes.subarray(first.length).toString(), 'new tail');
      }
    }
  });

  test('a part committed while the completion reads the parts makes the completion InvalidPart, not a torn object', async () => {
    // The operations called directly, so the part's commit surely lands inside the completion's read.
    const ctx = s3OperationContext('CompleteMultipartUpload', ['mpu-direct']);
    const { UploadId } = await createMultipartUpload({ Bucket: 'mpu-direct', Key: 'k', ChecksumAlgorithm: 'CRC32', ChecksumType: 'FULL_OBJECT' }, ctx);
    const upload = { Bucket: 'mpu-direct', Key: 'k', UploadId: UploadId as string };
    const one = await uploadPart({ ...upload, PartNumber: 1, Body: Buffer.alloc(5 * 1024 * 1024, 'a') }, ctx);
    const two = await uploadPart({ ...upload, PartNumber: 2, Body: Buffer.from('old tail') }, ctx);
    const completing = completeMultipartUpload({ ...upload, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: one.ETag as string }, { PartNumber: 2, ETag: two.ETag as string }] } }, ctx);
    const replaced = await uploadPart({ ...upload, PartNumber: 2, Body: Buffer.from('new tail') }, ctx);
    await assert.rejects(completing, (e: Error & { fields?: Record<string, unknown> }) => {
      assert.equal(e.name, 'InvalidPart');
      assert.equal(e.fields?.PartNumber, 2);
      return true;
    });
    assert.equal(ctx.table(objectsTable).get('mpu-direct/k'), undefined);
    // The upload is intact with the new part, and completes with its ETag.
    assert.equal(ctx.table(partsTable).get(partKey(upload.UploadId, 2))?.etag, replaced.ETag);
    await completeMultipartUpload({ ...upload, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: one.ETag as string }, { PartNumber: 2, ETag: replaced.ETag as string }] } }, ctx);
    const stored = ctx.table(objectsTable).get('mpu-direct/k')!;
    assert.equal(await ctx.store.blobs.read(stored.data[1]!.id).then(String), 'new tail');
    ctx.store.close();
  });
});
