import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketLocationCommand, HeadBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 CreateBucket', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  let as: (account: string, region?: string) => S3Client;
  before(async () => ({ kumo, s3, as } = await startS3()));
  after(() => kumo.stop());

  test('AWS naming rules: InvalidBucketName with the name', async () => {
    for (const name of ['ab', 'Upper', 'a..b', '192.168.1.1', '-start', 'end-', 'xn--punycode', 'x'.repeat(64), 'bad_underscore', 'dot.-dash']) {
      await assert.rejects(s3.send(new CreateBucketCommand({ Bucket: name })), (e: Error & { $metadata: { httpStatusCode: number }; BucketName?: string }) => {
        assert.equal(e.name, 'InvalidBucketName', name);
        assert.equal(e.message, 'The specified bucket is not valid.');
        assert.equal(e.$metadata.httpStatusCode, 400);
        return true;
      });
    }
    const ok = await s3.send(new CreateBucketCommand({ Bucket: 'my.valid-bucket.123' }));
    assert.equal(ok.Location, '/my.valid-bucket.123');
  });

  test('buckets are one namespace: another account gets BucketAlreadyExists, the owner BucketAlreadyOwnedByYou outside us-east-1', async () => {
    const eu = as('111111111111', 'eu-west-1');
    await eu.send(new CreateBucketCommand({ Bucket: 'shared-name', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
    await assert.rejects(eu.send(new CreateBucketCommand({ Bucket: 'shared-name', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'BucketAlreadyOwnedByYou');
      assert.equal(e.$metadata.httpStatusCode, 409);
      return true;
    });
    await assert.rejects(as('222222222222').send(new CreateBucketCommand({ Bucket: 'shared-name' })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'BucketAlreadyExists');
      assert.match(e.message, /bucket namespace is shared by all users/);
      assert.equal(e.$metadata.httpStatusCode, 409);
      return true;
    });
  });

  test('re-creating your own bucket in us-east-1 succeeds (AWS legacy behaviour)', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'legacy-east' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'legacy-east' }));
    await s3.send(new HeadBucketCommand({ Bucket: 'legacy-east' }));
  });

  test('LocationConstraint: global endpoint creates anywhere, regional endpoints must match', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'in-frankfurt', CreateBucketConfiguration: { LocationConstraint: 'eu-central-1' } }));
    assert.equal((await s3.send(new GetBucketLocationCommand({ Bucket: 'in-frankfurt' }))).LocationConstraint, 'eu-central-1');
    await assert.rejects(s3.send(new CreateBucketCommand({ Bucket: 'east-named', CreateBucketConfiguration: { LocationConstraint: 'us-east-1' } })), {
      name: 'InvalidLocationConstraint',
    });
    const west = as('000000000000', 'us-west-2');
    // SDK v3 fills in the client's region when the constraint is left out.
    await west.send(new CreateBucketCommand({ Bucket: 'no-constraint' }));
    assert.equal((await s3.send(new GetBucketLocationCommand({ Bucket: 'no-constraint' }))).LocationConstraint, 'us-west-2');
    await assert.rejects(west.send(new CreateBucketCommand({ Bucket: 'wrong-one', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } })), {
      name: 'IllegalLocationConstraintException',
      message: 'The eu-west-1 location constraint is incompatible for the region specific endpoint this request was sent to.',
    });
  });
});
