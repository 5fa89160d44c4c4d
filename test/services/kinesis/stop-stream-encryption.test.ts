import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeStreamSummaryCommand, KinesisClient, StartStreamEncryptionCommand, StopStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis StopStreamEncryption', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('turns server-side encryption off (the AWS managed key needs no KMS)', async () => {
    await createStream(kinesis, 'plain');
    await kinesis.send(new StartStreamEncryptionCommand({ StreamName: 'plain', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    await kinesis.send(new StopStreamEncryptionCommand({ StreamName: 'plain', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    const { StreamDescriptionSummary: s } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'plain' }));
    assert.deepEqual([s?.EncryptionType, s?.KeyId], ['NONE', undefined]);
  });
});
