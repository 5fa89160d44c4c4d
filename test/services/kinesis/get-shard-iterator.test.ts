import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetRecordsCommand, GetShardIteratorCommand, KinesisClient, PutRecordCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, createStream, rejects, startKinesis, text } from './kinesis-test-kit.js';

describe('Kinesis GetShardIterator', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  const put = async (stream: string, value: string) =>
    (await kinesis.send(new PutRecordCommand({ StreamName: stream, PartitionKey: 'k', Data: Buffer.from(value) }))).SequenceNumber!;
  const read = async (stream: string, input: Record<string, unknown>) => {
    const { ShardIterator } = await kinesis.send(new GetShardIteratorCommand({ StreamName: stream, ShardId: 'shardId-000000000000', ShardIteratorType: 'LATEST', ...input }));
    return ((await kinesis.send(new GetRecordsCommand({ ShardIterator }))).Records ?? []).map((r) => text(r.Data));
  };

  test('each iterator type starts where AWS starts it', async () => {
    await createStream(kinesis, 'its');
    const s1 = await put('its', 'one');
    await advanceClock(kumo, 60);
    const t2 = new Date(Date.now() + 59_000);
    const s2 = await put('its', 'two');
    const latest = await kinesis.send(new GetShardIteratorCommand({ StreamName: 'its', ShardId: 'shardId-000000000000', ShardIteratorType: 'LATEST' }));
    await put('its', 'three');
    assert.deepEqual(await read('its', { ShardIteratorType: 'TRIM_HORIZON' }), ['one', 'two', 'three']);
    assert.deepEqual(await read('its', { ShardIteratorType: 'AT_SEQUENCE_NUMBER', StartingSequenceNumber: s2 }), ['two', 'three']);
    assert.deepEqual(await read('its', { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', StartingSequenceNumber: s1 }), ['two', 'three']);
    assert.deepEqual(await read('its', { ShardIteratorType: 'AT_TIMESTAMP', Timestamp: t2 }), ['two', 'three']);
    // A shard's number alone names it too.
    assert.deepEqual(await read('its', { ShardIteratorType: 'TRIM_HORIZON', ShardId: '0' }), ['one', 'two', 'three']);
    const fromLatest = await kinesis.send(new GetRecordsCommand({ ShardIterator: latest.ShardIterator }));
    assert.deepEqual(fromLatest.Records?.map((r) => text(r.Data)), ['three']);
  });

  test('bad shards, sequence numbers of another shard and future timestamps are refused', async () => {
    await createStream(kinesis, 'its2', 2);
    await rejects(
      kinesis.send(new GetShardIteratorCommand({ StreamName: 'its2', ShardId: 'shardId-000000000009', ShardIteratorType: 'LATEST' })),
      'ResourceNotFoundException',
      'Shard shardId-000000000009 in stream its2 under account 000000000000 does not exist',
    );
    const { SequenceNumber, ShardId } = await kinesis.send(new PutRecordCommand({ StreamName: 'its2', PartitionKey: 'b', Data: Buffer.from('x') }));
    assert.equal(ShardId, 'shardId-000000000001');
    await rejects(
      kinesis.send(new GetShardIteratorCommand({ StreamName: 'its2', ShardId: 'shardId-000000000000', ShardIteratorType: 'AT_SEQUENCE_NUMBER', StartingSequenceNumber: SequenceNumber })),
      'InvalidArgumentException',
      'Invalid StartingSequenceNumber. It encodes shardId-000000000001, while it was used in a call to a shard with shardId-000000000000',
    );
    await rejects(
      kinesis.send(new GetShardIteratorCommand({ StreamName: 'its2', ShardId: 'shardId-000000000000', ShardIteratorType: 'AT_SEQUENCE_NUMBER', StartingSequenceNumber: '12345' })),
      'InvalidArgumentException',
      'StartingSequenceNumber 12345 used in GetShardIterator on shard shardId-000000000000 in stream its2 under account 000000000000 is invalid.',
    );
    await rejects(
      kinesis.send(new GetShardIteratorCommand({ StreamName: 'its2', ShardId: 'shardId-000000000000', ShardIteratorType: 'AT_TIMESTAMP' })),
      'InvalidArgumentException',
      'Must specify timestampInMillis parameter for iterator of type AT_TIMESTAMP. Current request has no timestamp parameter.',
    );
    await rejects(
      kinesis.send(new GetShardIteratorCommand({ StreamName: 'its2', ShardId: 'shardId-000000000000', ShardIteratorType: 'AT_TIMESTAMP', Timestamp: new Date(Date.now() + 86_400_000) })),
      'InvalidArgumentException',
      /^The timestampInMillis parameter cannot be greater than the currentTimestampInMillis\. timestampInMillis: \d+, currentTimestampInMillis: \d+$/,
    );
    await rejects(
      kinesis.send(new GetShardIteratorCommand({ StreamName: 'its2', ShardId: 'shardId-000000000000', ShardIteratorType: 'SOMEWHERE' })),
      'ValidationException',
      "1 validation error detected: Value 'SOMEWHERE' at 'shardIteratorType' failed to satisfy constraint: Member must satisfy enum value set: [AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER, TRIM_HORIZON, LATEST, AT_TIMESTAMP]",
    );
  });
});
