import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketLifecycleConfigurationCommand, PutBucketLifecycleConfigurationCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 GetBucketLifecycleConfiguration', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'lc-get' }));
  });
  after(() => kumo.stop());

  test('404 NoSuchLifecycleConfiguration before any rules', async () => {
    await assert.rejects(s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: 'lc-get' })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'NoSuchLifecycleConfiguration');
      assert.equal(e.message, 'The lifecycle configuration does not exist');
      assert.equal(e.$metadata.httpStatusCode, 404);
      return true;
    });
  });

  test('returns the rules as put, dates and filters included', async () => {
    await s3.send(new PutBucketLifecycleConfigurationCommand({
      Bucket: 'lc-get',
      TransitionDefaultMinimumObjectSize: 'varies_by_storage_class',
      LifecycleConfiguration: {
        Rules: [
          { ID: 'logs', Status: 'Enabled', Filter: { And: { Prefix: 'logs/', Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] } }, Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }, { Days: 90, StorageClass: 'GLACIER' }], Expiration: { Days: 365 } },
          { ID: 'dated', Status: 'Disabled', Filter: { Prefix: '' }, Expiration: { Date: new Date('2031-01-01T00:00:00Z') }, NoncurrentVersionTransitions: [{ NoncurrentDays: 30, StorageClass: 'DEEP_ARCHIVE', NewerNoncurrentVersions: 2 }] },
        ],
      },
    }));
    const out = await s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: 'lc-get' }));
    assert.equal(out.TransitionDefaultMinimumObjectSize, 'varies_by_storage_class');
    assert.equal(out.Rules?.length, 2);
    const [logs, dated] = out.Rules!;
    assert.deepEqual(logs!.Filter, { And: { Prefix: 'logs/', Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] } });
    assert.deepEqual(logs!.Transitions, [{ Days: 30, StorageClass: 'STANDARD_IA' }, { Days: 90, StorageClass: 'GLACIER' }]);
    assert.equal(logs!.Expiration?.Days, 365);
    assert.equal(dated!.Status, 'Disabled');
    assert.equal(dated!.Expiration?.Date?.toISOString(), '2031-01-01T00:00:00.000Z');
    assert.deepEqual(dated!.NoncurrentVersionTransitions, [{ NoncurrentDays: 30, StorageClass: 'DEEP_ARCHIVE', NewerNoncurrentVersions: 2 }]);
  });
});
