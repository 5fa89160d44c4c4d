import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetRecordsCommand, GetShardIteratorCommand, KinesisClient, PutRecordCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, rejects, startKinesis, text } from './kinesis-test-kit.js';

describe('Kinesis PutRecord', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('routes by the MD5 of the partition key, with growing 56-digit sequence numbers', async () => {
    await createStream(kinesis, 'put-one', 2);
    // md5('a') = 0cc175b9..., below 2^127: first shard; md5('c') = 4a8a08f0..., also first; md5('b') = 92eb5ffe..., second.
    const a = await kinesis.send(new PutRecordCommand({ StreamName: 'put-one', PartitionKey: 'a', Data: Buffer.from('one') }));
    const b = await kinesis.send(new PutRecordCommand({ StreamName: 'put-one', PartitionKey: 'b', Data: Buffer.from('two') }));
    const c = await kinesis.send(new PutRecordCommand({ StreamName: 'put-one', PartitionKey: 'c', Data: Buffer.from('three') }));
    assert.equal(a.ShardId, 'shardId-000000000000');
    assert.equal(b.ShardId, 'shardId-000000000001');
    assert.equal(c.ShardId, 'shardId-000000000000');
    assert.match(a.SequenceNumber!, /^\d{56}$/);
    assert.ok(BigInt(c.SequenceNumber!) > BigInt(a.SequenceNumber!));
    assert.equal(a.EncryptionType, undefined);
    const { ShardIterator } = await kinesis.send(new GetShardIteratorCommand({ StreamName: 'put-one', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }));
    const { Records } = await kinesis.send(new GetRecordsCommand({ ShardIterator }));
    assert.deepEqual(Records?.map((r) => [text(r.Data), r.PartitionKey, r.SequenceNumber]), [['one', 'a', a.SequenceNumber], ['three', 'c', c.SequenceNumber]]);
  });

  test('ExplicitHashKey overrides the partition key; out of range is InvalidArgumentException', async () => {
    const arn = await createStream(kinesis, 'put-explicit', 2);
    const out = await kinesis.send(new PutRecordCommand({ StreamARN: arn, PartitionKey: 'a', ExplicitHashKey: '340282366920938463463374607431768211455', Data: Buffer.from('x') }));
    assert.equal(out.ShardId, 'shardId-000000000001');
    await rejects(
      kinesis.send(new PutRecordCommand({ StreamName: 'put-explicit', PartitionKey: 'a', ExplicitHashKey: '340282366920938463463374607431768211456', Data: Buffer.from('x') })),
      'InvalidArgumentException',
      'Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1]. Specified value was 340282366920938463463374607431768211456',
    );
  });

  test('a missing stream, a record over 1 MiB and an empty partition key are refused as AWS refuses them', async () => {
    await rejects(
      kinesis.send(new PutRecordCommand({ StreamName: 'nope', PartitionKey: 'a', Data: Buffer.from('x') })),
      'ResourceNotFoundException',
      'Stream nope under account 000000000000 not found.',
    );
    await createStream(kinesis, 'put-big');
    await rejects(
      kinesis.send(new PutRecordCommand({ StreamName: 'put-big', PartitionKey: 'a', Data: Buffer.alloc(1024 * 1024 + 1) })),
      'ValidationException',
      "1 validation error detected: Value 'java.nio.HeapByteBuffer[pos=0 lim=1048577 cap=1048577]' at 'data' failed to satisfy constraint: Member must have length less than or equal to 1048576",
    );
    await rejects(
      kinesis.send(new PutRecordCommand({ StreamName: 'put-big', PartitionKey: '', Data: Buffer.from('x') })),
      'ValidationException',
      "1 validation error detected: Value '' at 'partitionKey' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    const ok = await kinesis.send(new PutRecordCommand({ StreamName: 'put-big', PartitionKey: 'a', Data: Buffer.alloc(1024 * 1024), SequenceNumberForOrdering: '0' }));
    assert.equal(ok.ShardId, 'shardId-000000000000');
  });
});
