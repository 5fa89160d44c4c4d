import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateStreamCommand, GetRecordsCommand, GetShardIteratorCommand, KinesisClient, ListShardsCommand } from '@aws-sdk/client-kinesis';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';

export interface KinesisDestinationFixture {
  kumo: EmbeddedKumo;
  ddb: DynamoDBClient;
  kinesis: KinesisClient;
}

/** A Kumo with DynamoDB and Kinesis (the Kinesis client on HTTP/1.1: its SDK default is HTTP/2). */
export async function startDynamoWithKinesis(): Promise<KinesisDestinationFixture> {
  const kumo = await startTestKumo(['dynamodb', 'kinesis']);
  return {
    kumo,
    ddb: new DynamoDBClient({ ...kumo.clientConfig, maxAttempts: 1 }),
    kinesis: new KinesisClient(kumo.clientConfig),
  };
}

export async function createKinesisStream(kinesis: KinesisClient, name: string): Promise<string> {
  await kinesis.send(new CreateStreamCommand({ StreamName: name, ShardCount: 1 }));
  return `arn:aws:kinesis:us-east-1:000000000000:stream/${name}`;
}

export interface ChangeRecord {
  partitionKey: string;
  body: Record<string, unknown> & { dynamodb: Record<string, unknown> };
}

/**
 * The stream's records, decoded, once there are at least `count` (records are sent right after
 * the write commits, so this waits a few event-loop turns at most).
 */
export async function changeRecords(kinesis: KinesisClient, streamName: string, count: number): Promise<ChangeRecord[]> {
  for (let attempt = 0; ; attempt++) {
    const records: ChangeRecord[] = [];
    const { Shards } = await kinesis.send(new ListShardsCommand({ StreamName: streamName }));
    for (const shard of Shards ?? []) {
      const { ShardIterator } = await kinesis.send(new GetShardIteratorCommand({ StreamName: streamName, ShardId: shard.ShardId, ShardIteratorType: 'TRIM_HORIZON' }));
      const out = await kinesis.send(new GetRecordsCommand({ ShardIterator }));
      for (const r of out.Records ?? []) records.push({ partitionKey: r.PartitionKey!, body: JSON.parse(Buffer.from(r.Data!).toString('utf8')) as ChangeRecord['body'] });
    }
    if (records.length >= count || attempt === 50) return records;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
