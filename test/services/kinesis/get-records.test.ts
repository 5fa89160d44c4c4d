import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DecreaseStreamRetentionPeriodCommand, GetRecordsCommand, GetShardIteratorCommand, IncreaseStreamRetentionPeriodCommand, KinesisClient, PutRecordCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, createStream, rejects, startKinesis, text } from './kinesis-test-kit.js';

describe('Kinesis GetRecords', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  const iterator = async (stream: string) =>
    (await kinesis.send(new GetShardIteratorCommand({ StreamName: stream, ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator;

  test('pages with Limit and NextShardIterator; MillisBehindLatest and arrival times come from the clock', async () => {
    await createStream(kinesis, 'reads');
    for (const v of ['a', 'b', 'c']) await kinesis.send(new PutRecordCommand({ StreamName: 'reads', PartitionKey: 'k', Data: Buffer.from(v) }));
    await advanceClock(kumo, 10);
    const first = await kinesis.send(new GetRecordsCommand({ ShardIterator: await iterator('reads'), Limit: 2 }));
    assert.deepEqual(first.Records?.map((r) => [text(r.Data), r.PartitionKey]), [['a', 'k'], ['b', 'k']]);
    assert.ok(first.Records![0]!.ApproximateArrivalTimestamp instanceof Date);
    assert.ok(first.MillisBehindLatest! >= 10_000, `behind ${first.MillisBehindLatest}`);
    const second = await kinesis.send(new GetRecordsCommand({ ShardIterator: first.NextShardIterator }));
    assert.deepEqual(second.Records?.map((r) => text(r.Data)), ['c']);
    assert.equal(second.MillisBehindLatest, 0);
    const empty = await kinesis.send(new GetRecordsCommand({ ShardIterator: second.NextShardIterator }));
    assert.deepEqual(empty.Records, []);
    assert.ok(empty.NextShardIterator);
  });

  test('iterators expire after five minutes; garbage is InvalidArgumentException', async () => {
    await createStream(kinesis, 'expiry');
    const it = await iterator('expiry');
    await advanceClock(kumo, 301);
    await rejects(
      kinesis.send(new GetRecordsCommand({ ShardIterator: it })),
      'ExpiredIteratorException',
      /^Iterator expired\. The iterator was created at time \w{3} \w{3} \d\d \d\d:\d\d:\d\d UTC \d{4} while right now it is .* which is further in the future than the tolerated delay of 300000 milliseconds\.$/,
    );
    await rejects(kinesis.send(new GetRecordsCommand({ ShardIterator: 'bm9wZQ==' })), 'InvalidArgumentException', 'Invalid ShardIterator.');
  });

  test('records past the retention period are trimmed; a longer period keeps newer ones', async () => {
    await createStream(kinesis, 'retained');
    await kinesis.send(new PutRecordCommand({ StreamName: 'retained', PartitionKey: 'k', Data: Buffer.from('old') }));
    await advanceClock(kumo, 20 * 3600);
    await kinesis.send(new PutRecordCommand({ StreamName: 'retained', PartitionKey: 'k', Data: Buffer.from('new') }));
    await kinesis.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: 'retained', RetentionPeriodHours: 48 }));
    await advanceClock(kumo, 5 * 3600);
    let out = await kinesis.send(new GetRecordsCommand({ ShardIterator: await iterator('retained') }));
    assert.deepEqual(out.Records?.map((r) => text(r.Data)), ['old', 'new']);
    await kinesis.send(new DecreaseStreamRetentionPeriodCommand({ StreamName: 'retained', RetentionPeriodHours: 24 }));
    out = await kinesis.send(new GetRecordsCommand({ ShardIterator: await iterator('retained') }));
    assert.deepEqual(out.Records?.map((r) => text(r.Data)), ['new']);
  });
});
