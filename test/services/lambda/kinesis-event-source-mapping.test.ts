import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateEventSourceMappingCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateStreamCommand, KinesisClient, PutRecordCommand, SplitShardCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createNodeFunction, startLambdaKumo } from './support.js';

interface KinesisEventRecord {
  kinesis: { kinesisSchemaVersion: string; partitionKey: string; sequenceNumber: string; data: string; approximateArrivalTimestamp: number };
  eventSource: string;
  eventVersion: string;
  eventID: string;
  eventName: string;
  invokeIdentityArn: string;
  awsRegion: string;
  eventSourceARN: string;
}

describe('Kinesis event source mappings', () => {
  let kumo: EmbeddedKumo;
  let lambda: LambdaClient;
  let logs: CloudWatchLogsClient;
  let kinesis: KinesisClient;
  before(async () => {
    ({ kumo, lambda } = await startLambdaKumo(['lambda', 'cloudwatch-logs', 'kinesis']));
    logs = new CloudWatchLogsClient(kumo.clientConfig);
    kinesis = new KinesisClient(kumo.clientConfig);
  });
  after(() => kumo.stop());

  async function records(fn: string, count: number): Promise<KinesisEventRecord[]> {
    let found: KinesisEventRecord[] = [];
    for (let i = 0; i < 80 && found.length < count; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const out = await logs.send(new FilterLogEventsCommand({ logGroupName: `/aws/lambda/${fn}`, filterPattern: '"EVENT"' })).catch(() => ({ events: [] }));
      found = (out.events ?? []).flatMap((e) => (JSON.parse(e.message!.slice(e.message!.indexOf('EVENT ') + 6)) as { Records: KinesisEventRecord[] }).Records);
    }
    return found;
  }

  test('records reach the function as AWS\'s Kinesis event, also from the children of a split shard', async () => {
    await kinesis.send(new CreateStreamCommand({ StreamName: 'clicks', ShardCount: 1 }));
    const arn = 'arn:aws:kinesis:us-east-1:000000000000:stream/clicks';
    await createNodeFunction(lambda, 'on-click', 'export const handler = async (e) => { console.log("EVENT " + JSON.stringify(e)); };');
    const put = await kinesis.send(new PutRecordCommand({ StreamName: 'clicks', PartitionKey: 'user-1', Data: Buffer.from('{"page":1}') }));
    const created = await lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'on-click', EventSourceArn: arn, StartingPosition: 'TRIM_HORIZON', BatchSize: 10 }));
    assert.equal(created.StartingPosition, 'TRIM_HORIZON');
    assert.equal(created.EventSourceArn, arn);
    assert.equal(created.MaximumRetryAttempts, -1);
    const second = await kinesis.send(new PutRecordCommand({ StreamName: 'clicks', PartitionKey: 'user-1', Data: Buffer.from('{"page":2}') }));
    const first = await records('on-click', 2);
    assert.equal(first.length, 2);
    assert.equal(first[0]!.kinesis.sequenceNumber, put.SequenceNumber);
    const r = first[1]!;
    assert.equal(Buffer.from(r.kinesis.data, 'base64').toString(), '{"page":2}');
    assert.deepEqual([r.kinesis.kinesisSchemaVersion, r.kinesis.partitionKey, r.kinesis.sequenceNumber], ['1.0', 'user-1', second.SequenceNumber]);
    assert.equal(typeof r.kinesis.approximateArrivalTimestamp, 'number');
    assert.deepEqual([r.eventSource, r.eventVersion, r.eventName, r.awsRegion, r.eventSourceARN], ['aws:kinesis', '1.0', 'aws:kinesis:record', 'us-east-1', arn]);
    assert.equal(r.eventID, `shardId-000000000000:${second.SequenceNumber}`);
    assert.match(r.invokeIdentityArn, /^arn:aws:iam::000000000000:role\//);
    await kinesis.send(new SplitShardCommand({ StreamName: 'clicks', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: (1n << 127n).toString() }));
    await kinesis.send(new PutRecordCommand({ StreamName: 'clicks', PartitionKey: 'user-1', Data: Buffer.from('{"page":3}') }));
    const all = await records('on-click', 3);
    assert.deepEqual(all.map((x) => Buffer.from(x.kinesis.data, 'base64').toString()), ['{"page":1}', '{"page":2}', '{"page":3}']);
  });

  test('AT_TIMESTAMP starts at the first record written at or after the time', async () => {
    await kinesis.send(new CreateStreamCommand({ StreamName: 'timed', ShardCount: 1 }));
    await createNodeFunction(lambda, 'on-timed', 'export const handler = async (e) => { console.log("EVENT " + JSON.stringify(e)); };');
    await kinesis.send(new PutRecordCommand({ StreamName: 'timed', PartitionKey: 'k', Data: Buffer.from('before') }));
    await new Promise((r) => setTimeout(r, 30));
    const from = new Date();
    await new Promise((r) => setTimeout(r, 30));
    await kinesis.send(new PutRecordCommand({ StreamName: 'timed', PartitionKey: 'k', Data: Buffer.from('after') }));
    const created = await lambda.send(new CreateEventSourceMappingCommand({
      FunctionName: 'on-timed', EventSourceArn: 'arn:aws:kinesis:us-east-1:000000000000:stream/timed', StartingPosition: 'AT_TIMESTAMP', StartingPositionTimestamp: from,
    }));
    assert.equal(created.StartingPosition, 'AT_TIMESTAMP');
    assert.ok(Math.abs(created.StartingPositionTimestamp!.getTime() - from.getTime()) < 1000);
    const seen = await records('on-timed', 1);
    assert.deepEqual(seen.map((x) => Buffer.from(x.kinesis.data, 'base64').toString()), ['after']);
  });
});
