import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DescribeKinesisStreamingDestinationCommand, DescribeTableCommand, DisableKinesisStreamingDestinationCommand, DynamoDBClient, EnableKinesisStreamingDestinationCommand,
} from '@aws-sdk/client-dynamodb';
import type { KinesisClient } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createKeyTable, failure } from './support.js';
import { createKinesisStream, startDynamoWithKinesis } from './kinesis-destination-support.js';

describe('DynamoDB DescribeKinesisStreamingDestination', () => {
  let kumo: EmbeddedKumo;
  let ddb: DynamoDBClient;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, ddb, kinesis } = await startDynamoWithKinesis()));
  after(() => kumo.stop());

  test('lists active and disabled destinations with their precision; DescribeTable shows none of it', async () => {
    await createKeyTable(ddb, 'described', { hashOnly: true });
    const empty = await ddb.send(new DescribeKinesisStreamingDestinationCommand({ TableName: 'described' }));
    assert.deepEqual([empty.TableName, empty.KinesisDataStreamDestinations], ['described', []]);
    const one = await createKinesisStream(kinesis, 'one');
    const two = await createKinesisStream(kinesis, 'two');
    await ddb.send(new EnableKinesisStreamingDestinationCommand({ TableName: 'described', StreamArn: one }));
    await ddb.send(new EnableKinesisStreamingDestinationCommand({ TableName: 'described', StreamArn: two, EnableKinesisStreamingConfiguration: { ApproximateCreationDateTimePrecision: 'MICROSECOND' } }));
    await ddb.send(new DisableKinesisStreamingDestinationCommand({ TableName: 'described', StreamArn: one }));
    const { KinesisDataStreamDestinations } = await ddb.send(new DescribeKinesisStreamingDestinationCommand({ TableName: 'described' }));
    assert.deepEqual(KinesisDataStreamDestinations, [
      { StreamArn: one, DestinationStatus: 'DISABLED', ApproximateCreationDateTimePrecision: 'MILLISECOND' },
      { StreamArn: two, DestinationStatus: 'ACTIVE', ApproximateCreationDateTimePrecision: 'MICROSECOND' },
    ]);
    const { Table } = await ddb.send(new DescribeTableCommand({ TableName: 'described' }));
    assert.equal(JSON.stringify(Table).includes('kinesis'), false);
    const e = await failure(ddb.send(new DescribeKinesisStreamingDestinationCommand({ TableName: 'nowhere' })));
    assert.equal(e.name, 'ResourceNotFoundException');
  });
});
