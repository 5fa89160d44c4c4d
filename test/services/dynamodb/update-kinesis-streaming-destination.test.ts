import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DynamoDBClient, EnableKinesisStreamingDestinationCommand, PutItemCommand, UpdateKinesisStreamingDestinationCommand } from '@aws-sdk/client-dynamodb';
import type { KinesisClient } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createKeyTable, failure } from './support.js';
import { changeRecords, createKinesisStream, startDynamoWithKinesis } from './kinesis-destination-support.js';

describe('DynamoDB UpdateKinesisStreamingDestination', () => {
  let kumo: EmbeddedKumo;
  let ddb: DynamoDBClient;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, ddb, kinesis } = await startDynamoWithKinesis()));
  after(() => kumo.stop());

  test('MICROSECOND precision puts microseconds and the precision in each record', async () => {
    await createKeyTable(ddb, 'micro', { hashOnly: true });
    const StreamArn = await createKinesisStream(kinesis, 'micro-stream');
    await ddb.send(new EnableKinesisStreamingDestinationCommand({ TableName: 'micro', StreamArn }));
    const out = await ddb.send(new UpdateKinesisStreamingDestinationCommand({ TableName: 'micro', StreamArn, UpdateKinesisStreamingConfiguration: { ApproximateCreationDateTimePrecision: 'MICROSECOND' } }));
    assert.deepEqual([out.DestinationStatus, out.UpdateKinesisStreamingConfiguration], ['UPDATING', { ApproximateCreationDateTimePrecision: 'MICROSECOND' }]);
    await ddb.send(new PutItemCommand({ TableName: 'micro', Item: { pk: { S: 'x' } } }));
    const [record] = await changeRecords(kinesis, 'micro-stream', 1);
    assert.equal(record!.body.dynamodb.ApproximateCreationDateTimePrecision, 'MICROSECOND');
    const micros = Number(record!.body.dynamodb.ApproximateCreationDateTime);
    assert.ok(Math.abs(micros / 1000 - Date.now()) < 60_000, `microseconds: ${micros}`);
    const same = await failure(ddb.send(new UpdateKinesisStreamingDestinationCommand({ TableName: 'micro', StreamArn, UpdateKinesisStreamingConfiguration: { ApproximateCreationDateTimePrecision: 'MICROSECOND' } })));
    assert.deepEqual([same.name, same.message], ['ValidationException', 'Invalid Request: Precision is already set to the desired value of MICROSECOND.']);
    const bad = await failure(ddb.send(new UpdateKinesisStreamingDestinationCommand({ TableName: 'micro', StreamArn, UpdateKinesisStreamingConfiguration: { ApproximateCreationDateTimePrecision: 'NANOSECOND' as 'MICROSECOND' } })));
    assert.equal(bad.message, "1 validation error detected: Value 'NANOSECOND' at 'updateKinesisStreamingConfiguration.approximateCreationDateTimePrecision' failed to satisfy constraint: Member must satisfy enum value set: [MILLISECOND, MICROSECOND]");
  });
});
