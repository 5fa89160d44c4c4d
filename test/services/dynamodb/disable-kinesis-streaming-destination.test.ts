import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DisableKinesisStreamingDestinationCommand, DynamoDBClient, EnableKinesisStreamingDestinationCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { KinesisClient } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createKeyTable, failure } from './support.js';
import { changeRecords, createKinesisStream, startDynamoWithKinesis } from './kinesis-destination-support.js';

describe('DynamoDB DisableKinesisStreamingDestination', () => {
  let kumo: EmbeddedKumo;
  let ddb: DynamoDBClient;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, ddb, kinesis } = await startDynamoWithKinesis()));
  after(() => kumo.stop());

  test('stops sending changes; disabling again is ValidationException', async () => {
    await createKeyTable(ddb, 'off', { hashOnly: true });
    const StreamArn = await createKinesisStream(kinesis, 'off-stream');
    await ddb.send(new EnableKinesisStreamingDestinationCommand({ TableName: 'off', StreamArn }));
    await ddb.send(new PutItemCommand({ TableName: 'off', Item: { pk: { S: 'sent' } } }));
    assert.equal((await changeRecords(kinesis, 'off-stream', 1)).length, 1);
    const out = await ddb.send(new DisableKinesisStreamingDestinationCommand({ TableName: 'off', StreamArn }));
    assert.equal(out.DestinationStatus, 'DISABLING');
    await ddb.send(new PutItemCommand({ TableName: 'off', Item: { pk: { S: 'not-sent' } } }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const records = await changeRecords(kinesis, 'off-stream', 1);
    assert.deepEqual(records.map((r) => r.body.dynamodb.Keys), [{ pk: { S: 'sent' } }]);
    const e = await failure(ddb.send(new DisableKinesisStreamingDestinationCommand({ TableName: 'off', StreamArn })));
    assert.deepEqual([e.name, e.message], [
      'ValidationException',
      'Table is not in a valid state to disable Kinesis Streaming Destination: DisableKinesisStreamingDestination must be ACTIVE to perform DISABLE operation.',
    ]);
  });
});
