import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateEventSourceMappingCommand, GetEventSourceMappingCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateTableCommand, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createNodeFunction, startLambdaKumo } from './support.js';

interface LambdaStreamRecord {
  eventName: string;
  eventSource: string;
  eventSourceARN: string;
  dynamodb: { Keys: { id: { S: string } }; ApproximateCreationDateTime: unknown; NewImage: unknown };
}

interface FailureRecord {
  requestContext: { condition: string; approximateInvokeCount: number };
  responseContext: { functionError?: string };
  DDBStreamBatchInfo: { batchSize: number; streamArn: string };
}

describe('DynamoDB Streams event source mappings', () => {
  let kumo: EmbeddedKumo;
  let lambda: LambdaClient;
  let logs: CloudWatchLogsClient;
  let ddb: DynamoDBClient;
  let sqs: SQSClient;
  let advance: (seconds: number) => Promise<void>;
  before(async () => {
    ({ kumo, lambda, advance } = await startLambdaKumo(['lambda', 'cloudwatch-logs', 'sqs', 'dynamodb', 'dynamodb-streams']));
    logs = new CloudWatchLogsClient(kumo.clientConfig);
    ddb = new DynamoDBClient(kumo.clientConfig);
    sqs = new SQSClient(kumo.clientConfig);
  });
  after(() => kumo.stop());

  async function table(name: string): Promise<string> {
    const out = await ddb.send(new CreateTableCommand({
      TableName: name, BillingMode: 'PAY_PER_REQUEST', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    }));
    return out.TableDescription!.LatestStreamArn!;
  }

  async function events(fn: string, count: number): Promise<Array<{ Records: LambdaStreamRecord[] }>> {
    let found: Array<{ Records: LambdaStreamRecord[] }> = [];
    for (let i = 0; i < 60 && found.length < count; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const out = await logs.send(new FilterLogEventsCommand({ logGroupName: `/aws/lambda/${fn}`, filterPattern: '"EVENT"' })).catch(() => ({ events: [] }));
      found = (out.events ?? []).map((e) => JSON.parse(e.message!.slice(e.message!.indexOf('EVENT ') + 6)));
    }
    return found;
  }

  test('item changes reach the function as AWS\'s stream event, filtered', async () => {
    const streamArn = await table('orders');
    await createNodeFunction(lambda, 'on-change', 'export const handler = async (e) => { console.log("EVENT " + JSON.stringify(e)); };');
    await ddb.send(new PutItemCommand({ TableName: 'orders', Item: { id: { S: 'a' }, n: { N: '1' } } }));
    const created = await lambda.send(new CreateEventSourceMappingCommand({
      FunctionName: 'on-change', EventSourceArn: streamArn, StartingPosition: 'TRIM_HORIZON', BatchSize: 10,
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ eventName: ['INSERT'] }) }] },
    }));
    assert.equal(created.StartingPosition, 'TRIM_HORIZON');
    assert.equal(created.MaximumRetryAttempts, -1);
    assert.equal(created.BisectBatchOnFunctionError, false);
    await ddb.send(new PutItemCommand({ TableName: 'orders', Item: { id: { S: 'a' }, n: { N: '2' } } }));
    await ddb.send(new PutItemCommand({ TableName: 'orders', Item: { id: { S: 'b' }, n: { N: '3' } } }));
    const seen = await events('on-change', 2);
    const records = seen.flatMap((e) => e.Records);
    assert.deepEqual(records.map((r) => [r.eventName, r.dynamodb.Keys.id.S]), [['INSERT', 'a'], ['INSERT', 'b']]);
    assert.equal(records[0]!.eventSource, 'aws:dynamodb');
    assert.equal(records[0]!.eventSourceARN, streamArn);
    assert.equal(typeof records[0]!.dynamodb.ApproximateCreationDateTime, 'number');
    assert.deepEqual(records[0]!.dynamodb.NewImage, { id: { S: 'a' }, n: { N: '1' } });
    const got = await lambda.send(new GetEventSourceMappingCommand({ UUID: created.UUID! }));
    assert.equal(got.LastProcessingResult, 'OK');
  });

  test('a failing batch is retried MaximumRetryAttempts times, then described to the on-failure queue', async () => {
    const streamArn = await table('payments');
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: 'stream-failures' }))).QueueUrl!;
    const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    await createNodeFunction(lambda, 'always-fails', 'export const handler = async () => { throw new Error("no"); };');
    await lambda.send(new CreateEventSourceMappingCommand({
      FunctionName: 'always-fails', EventSourceArn: streamArn, StartingPosition: 'LATEST', MaximumRetryAttempts: 1,
      DestinationConfig: { OnFailure: { Destination: arn } },
    }));
    await new Promise((r) => setTimeout(r, 400));
    await ddb.send(new PutItemCommand({ TableName: 'payments', Item: { id: { S: 'p1' } } }));
    let body: FailureRecord | undefined;
    for (let i = 0; i < 30 && !body; i++) {
      await advance(2);
      const message = (await sqs.send(new ReceiveMessageCommand({ QueueUrl: url }))).Messages?.[0];
      body = message ? JSON.parse(message.Body!) : undefined;
      if (!body) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(body?.requestContext.condition, 'RetryAttemptsExhausted');
    assert.equal(body?.requestContext.approximateInvokeCount, 2);
    assert.equal(body?.responseContext.functionError, 'Unhandled');
    assert.equal(body?.DDBStreamBatchInfo.batchSize, 1);
    assert.equal(body?.DDBStreamBatchInfo.streamArn, streamArn);
  });

  test('a starting position is required', async () => {
    const streamArn = await table('nopos');
    await assert.rejects(lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'on-change', EventSourceArn: streamArn })), { name: 'InvalidParameterValueException' });
  });
});
