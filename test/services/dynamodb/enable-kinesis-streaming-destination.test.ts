import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DeleteItemCommand, DynamoDBClient, EnableKinesisStreamingDestinationCommand, PutItemCommand, UpdateItemCommand, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import type { KinesisClient } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startTestKumo } from '../../support/start-test-kumo.js';
import { createKeyTable, failure } from './support.js';
import { changeRecords, createKinesisStream, startDynamoWithKinesis } from './kinesis-destination-support.js';

describe('DynamoDB EnableKinesisStreamingDestination', () => {
  let kumo: EmbeddedKumo;
  let ddb: DynamoDBClient;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, ddb, kinesis } = await startDynamoWithKinesis()));
  after(() => kumo.stop());

  test('every item change reaches the stream as AWS formats it', async () => {
    await createKeyTable(ddb, 'cdc', { hashOnly: true });
    const StreamArn = await createKinesisStream(kinesis, 'cdc-stream');
    const out = await ddb.send(new EnableKinesisStreamingDestinationCommand({ TableName: 'cdc', StreamArn }));
    assert.deepEqual(
      { TableName: out.TableName, StreamArn: out.StreamArn, DestinationStatus: out.DestinationStatus, Config: out.EnableKinesisStreamingConfiguration },
      { TableName: 'cdc', StreamArn, DestinationStatus: 'ENABLING', Config: { ApproximateCreationDateTimePrecision: 'MILLISECOND' } },
    );
    await ddb.send(new PutItemCommand({ TableName: 'cdc', Item: { pk: { S: 'a' }, n: { N: '1' } } }));
    await ddb.send(new UpdateItemCommand({ TableName: 'cdc', Key: { pk: { S: 'a' } }, UpdateExpression: 'SET n = :two', ExpressionAttributeValues: { ':two': { N: '2' } } }));
    await ddb.send(new PutItemCommand({ TableName: 'cdc', Item: { pk: { S: 'a' }, n: { N: '2' } } })); // no change: no record
    await ddb.send(new DeleteItemCommand({ TableName: 'cdc', Key: { pk: { S: 'a' } } }));
    const records = await changeRecords(kinesis, 'cdc-stream', 3);
    assert.deepEqual(records.map((r) => r.body.eventName), ['INSERT', 'MODIFY', 'REMOVE']);
    const [insert, modify, remove] = records.map((r) => r.body);
    assert.equal(insert!.awsRegion, 'us-east-1');
    assert.match(String(insert!.eventID), /^[0-9a-f-]{36}$/);
    assert.equal(insert!.userIdentity, null);
    assert.equal(insert!.recordFormat, 'application/json');
    assert.equal(insert!.tableName, 'cdc');
    assert.equal(insert!.eventSource, 'aws:dynamodb');
    assert.deepEqual(insert!.dynamodb.Keys, { pk: { S: 'a' } });
    assert.deepEqual(insert!.dynamodb.NewImage, { pk: { S: 'a' }, n: { N: '1' } });
    assert.equal(insert!.dynamodb.OldImage, undefined);
    assert.equal(typeof insert!.dynamodb.SizeBytes, 'number');
    const created = Number(insert!.dynamodb.ApproximateCreationDateTime);
    assert.ok(Math.abs(created - Date.now()) < 60_000, `milliseconds: ${created}`);
    assert.deepEqual(modify!.dynamodb.OldImage, { pk: { S: 'a' }, n: { N: '1' } });
    assert.deepEqual(modify!.dynamodb.NewImage, { pk: { S: 'a' }, n: { N: '2' } });
    assert.deepEqual(remove!.dynamodb.OldImage, { pk: { S: 'a' }, n: { N: '2' } });
    assert.equal(remove!.dynamodb.NewImage, undefined);
    // One item's changes share a partition key (32 upper-case hex digits), so they stay in order on one shard.
    assert.match(records[0]!.partitionKey, /^[0-9A-F]{32}$/);
    assert.equal(new Set(records.map((r) => r.partitionKey)).size, 1);
  });

  test('TTL deletions name DynamoDB as the user identity', async () => {
    await createKeyTable(ddb, 'ttl-cdc', { hashOnly: true });
    const StreamArn = await createKinesisStream(kinesis, 'ttl-stream');
    await ddb.send(new EnableKinesisStreamingDestinationCommand({ TableName: 'ttl-cdc', StreamArn }));
    await ddb.send(new UpdateTimeToLiveCommand({ TableName: 'ttl-cdc', TimeToLiveSpecification: { Enabled: true, AttributeName: 'exp' } }));
    await ddb.send(new PutItemCommand({ TableName: 'ttl-cdc', Item: { pk: { S: 'old' }, exp: { N: String(Math.floor(Date.now() / 1000) - 10) } } }));
    await fetch(`${kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: 3600 }) });
    const records = await changeRecords(kinesis, 'ttl-stream', 2);
    assert.deepEqual(records.map((r) => [r.body.eventName, r.body.userIdentity]), [
      ['INSERT', null],
      ['REMOVE', { type: 'Service', principalId: 'dynamodb.amazonaws.com' }],
    ]);
  });

  test('a missing stream is ResourceNotFoundException; an active destination cannot be enabled again', async () => {
    await createKeyTable(ddb, 'no-stream', { hashOnly: true });
    const missing = 'arn:aws:kinesis:us-east-1:000000000000:stream/missing';
    const e = await failure(ddb.send(new EnableKinesisStreamingDestinationCommand({ TableName: 'no-stream', StreamArn: missing })));
    assert.deepEqual([e.name, e.status, e.message], ['ResourceNotFoundException', 400, `Requested resource not found: Stream: ${missing} not found`]);
    const StreamArn = await createKinesisStream(kinesis, 'twice');
    await ddb.send(new EnableKinesisStreamingDestinationCommand({ TableName: 'no-stream', StreamArn }));
    const again = await failure(ddb.send(new EnableKinesisStreamingDestinationCommand({ TableName: 'no-stream', StreamArn })));
    assert.deepEqual([again.name, again.message], [
      'ValidationException',
      'Table is not in a valid state to enable Kinesis Streaming Destination: EnableKinesisStreamingDestination must be DISABLED or ENABLE_FAILED to perform ENABLE operation.',
    ]);
  });

  test('without Kinesis running, enabling fails as for a missing stream', async () => {
    const alone = await startTestKumo(['dynamodb']);
    try {
      const client = new DynamoDBClient({ ...alone.clientConfig, maxAttempts: 1 });
      await createKeyTable(client, 'tbl', { hashOnly: true });
      const arn = 'arn:aws:kinesis:us-east-1:000000000000:stream/s';
      const e = await failure(client.send(new EnableKinesisStreamingDestinationCommand({ TableName: 'tbl', StreamArn: arn })));
      assert.equal(e.name, 'ResourceNotFoundException');
    } finally {
      await alone.stop();
    }
  });
});
