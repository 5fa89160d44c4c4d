import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeStreamSummaryCommand, GetRecordsCommand, GetShardIteratorCommand, KinesisClient, PutRecordCommand, StartStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, rejects, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis StartStreamEncryption', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis(['kinesis', 'kms'])));
  after(() => kumo.stop());

  test('with an existing KMS key, records report EncryptionType KMS; an unknown key is KMSNotFoundException', async () => {
    await createStream(kinesis, 'secret');
    const { KeyMetadata } = await new KMSClient(kumo.clientConfig).send(new CreateKeyCommand({}));
    await kinesis.send(new StartStreamEncryptionCommand({ StreamName: 'secret', EncryptionType: 'KMS', KeyId: KeyMetadata!.KeyId }));
    const { StreamDescriptionSummary: s } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'secret' }));
    assert.deepEqual([s?.EncryptionType, s?.KeyId], ['KMS', KeyMetadata!.KeyId]);
    const put = await kinesis.send(new PutRecordCommand({ StreamName: 'secret', PartitionKey: 'k', Data: Buffer.from('x') }));
    assert.equal(put.EncryptionType, 'KMS');
    const { ShardIterator } = await kinesis.send(new GetShardIteratorCommand({ StreamName: 'secret', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }));
    const { Records } = await kinesis.send(new GetRecordsCommand({ ShardIterator }));
    assert.equal(Records?.[0]?.EncryptionType, 'KMS');
    await rejects(
      kinesis.send(new StartStreamEncryptionCommand({ StreamName: 'secret', EncryptionType: 'KMS', KeyId: '11111111-2222-3333-4444-555555555555' })),
      'KMSNotFoundException',
      /^Key 11111111-2222-3333-4444-555555555555 not found: /,
    );
  });
});
