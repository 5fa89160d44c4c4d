import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DeleteStreamCommand, GetRecordsCommand, GetShardIteratorCommand, KinesisClient, ListStreamsCommand, PutRecordCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, rejects, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis DeleteStream', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('removes the stream and its records; a stream made again under the name starts empty', async () => {
    await createStream(kinesis, 'gone');
    await kinesis.send(new PutRecordCommand({ StreamName: 'gone', PartitionKey: 'k', Data: Buffer.from('old') }));
    const { ShardIterator } = await kinesis.send(new GetShardIteratorCommand({ StreamName: 'gone', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }));
    await kinesis.send(new DeleteStreamCommand({ StreamName: 'gone' }));
    assert.deepEqual((await kinesis.send(new ListStreamsCommand({}))).StreamNames, []);
    await rejects(kinesis.send(new DeleteStreamCommand({ StreamName: 'gone' })), 'ResourceNotFoundException', 'Stream gone under account 000000000000 not found.');
    await createStream(kinesis, 'gone');
    // The old stream's iterator does not read the new stream.
    await rejects(kinesis.send(new GetRecordsCommand({ ShardIterator })), 'ResourceNotFoundException', 'Stream gone under account 000000000000 not found.');
    const fresh = await kinesis.send(new GetShardIteratorCommand({ StreamName: 'gone', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }));
    assert.deepEqual((await kinesis.send(new GetRecordsCommand({ ShardIterator: fresh.ShardIterator }))).Records, []);
  });
});
