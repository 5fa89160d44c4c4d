import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketEncryptionCommand, HeadObjectCommand, PutBucketEncryptionCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 PutBucketEncryption', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  let kms: KMSClient;
  before(async () => {
    ({ kumo, s3 } = await startS3(['kms']));
    kms = new KMSClient(kumo.clientConfig);
    await s3.send(new CreateBucketCommand({ Bucket: 'enc' }));
  });
  after(() => kumo.stop());

  test('AES256 with a KMS key id is InvalidArgument; two rules or an unknown algorithm MalformedXML', async () => {
    const put = (Rules: object[]) => s3.send(new PutBucketEncryptionCommand({ Bucket: 'enc', ServerSideEncryptionConfiguration: { Rules } }));
    await assert.rejects(put([{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256', KMSMasterKeyID: 'k' } }]), (e: Error) => {
      assert.equal(e.name, 'InvalidArgument');
      assert.equal(e.message, 'a KMSMasterKeyID is not applicable if the default sse algorithm is not aws:kms or aws:kms:dsse');
      return true;
    });
    await assert.rejects(put([{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'ROT13' } }]), (e: Error) => e.name === 'MalformedXML');
  });

  test('an aws:kms default applies to new objects: the key from Kumo\'s KMS shows on PUT and HEAD', async () => {
    const keyArn = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!.Arn!;
    await s3.send(new PutBucketEncryptionCommand({ Bucket: 'enc', ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn }, BucketKeyEnabled: true }] } }));
    const got = await s3.send(new GetBucketEncryptionCommand({ Bucket: 'enc' }));
    assert.deepEqual(got.ServerSideEncryptionConfiguration?.Rules, [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn }, BucketKeyEnabled: true }]);
    const put = await s3.send(new PutObjectCommand({ Bucket: 'enc', Key: 'k', Body: 'secret' }));
    assert.equal(put.ServerSideEncryption, 'aws:kms');
    assert.equal(put.SSEKMSKeyId, keyArn);
    assert.equal(put.BucketKeyEnabled, true);
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'enc', Key: 'k' }));
    assert.equal(head.ServerSideEncryption, 'aws:kms');
    assert.equal(head.SSEKMSKeyId, keyArn);
    // A header on the request still wins over the default.
    const plain = await s3.send(new PutObjectCommand({ Bucket: 'enc', Key: 'p', Body: 'x', ServerSideEncryption: 'AES256' }));
    assert.equal(plain.ServerSideEncryption, 'AES256');
    assert.equal(plain.SSEKMSKeyId, undefined);
  });
});
