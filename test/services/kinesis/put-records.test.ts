import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetRecordsCommand, GetShardIteratorCommand, KinesisClient, PutRecordsCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, rejects, startKinesis, text } from './kinesis-test-kit.js';

describe('Kinesis PutRecords', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('one result per record, in request order, FailedRecordCount 0', async () => {
    await createStream(kinesis, 'batch', 2);
    const out = await kinesis.send(new PutRecordsCommand({
      StreamName: 'batch',
      Records: ['a', 'b', 'c'].map((k) => ({ PartitionKey: k, Data: Buffer.from(`v-${k}`) })),
    }));
    assert.equal(out.FailedRecordCount, 0);
    assert.deepEqual(out.Records?.map((r) => r.ShardId), ['shardId-000000000000', 'shardId-000000000001', 'shardId-000000000000']);
    const { ShardIterator } = await kinesis.send(new GetShardIteratorCommand({ StreamName: 'batch', ShardId: 'shardId-000000000000', ShardIteratorType: 'AT_SEQUENCE_NUMBER', StartingSequenceNumber: out.Records![0]!.SequenceNumber }));
    const { Records } = await kinesis.send(new GetRecordsCommand({ ShardIterator }));
    assert.deepEqual(Records?.map((r) => text(r.Data)), ['v-a', 'v-c']);
  });

  test('more than 500 records is ValidationException; more than 5 MiB is InvalidArgumentException', async () => {
    await createStream(kinesis, 'limits');
    await rejects(
      kinesis.send(new PutRecordsCommand({ StreamName: 'limits', Records: Array.from({ length: 501 }, () => ({ PartitionKey: 'k', Data: Buffer.from('x') })) })),
      'ValidationException',
      /at 'records' failed to satisfy constraint: Member must have length less than or equal to 500$/,
    );
    await rejects(
      kinesis.send(new PutRecordsCommand({ StreamName: 'limits', Records: Array.from({ length: 6 }, () => ({ PartitionKey: 'k', Data: Buffer.alloc(1024 * 1024) })) })),
      'InvalidArgumentException',
      'Records size exceeds 5 MB limit',
    );
    await rejects(
      kinesis.send(new PutRecordsCommand({ StreamName: 'limits', Records: [{ PartitionKey: 'k', Data: Buffer.from('x') }, { PartitionKey: '', Data: Buffer.from('y') }] })),
      'ValidationException',
      "1 validation error detected: Value '' at 'records.2.member.partitionKey' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });
});
