import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateEventSourceMappingCommand, DeleteEventSourceMappingCommand, GetEventSourceMappingCommand, ListEventSourceMappingsCommand,
  UpdateEventSourceMappingCommand, type LambdaClient,
} from '@aws-sdk/client-lambda';
import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createNodeFunction, startLambdaKumo } from './support.js';

// Logs each event; fails the records whose body says "bad" (partial batch response) or throws on "boom".
const HANDLER = `export const handler = async (event) => {
  console.log('EVENT ' + JSON.stringify(event));
  if (event.Records.some((r) => r.body === 'boom')) throw new Error('boom');
  return { batchItemFailures: event.Records.filter((r) => r.body.includes('bad')).map((r) => ({ itemIdentifier: r.messageId })) };
};`;

describe('SQS event source mappings', () => {
  let kumo: EmbeddedKumo;
  let lambda: LambdaClient;
  let logs: CloudWatchLogsClient;
  let sqs: SQSClient;
  let advance: (seconds: number) => Promise<void>;
  before(async () => {
    ({ kumo, lambda, advance } = await startLambdaKumo(['lambda', 'cloudwatch-logs', 'sqs']));
    logs = new CloudWatchLogsClient(kumo.clientConfig);
    sqs = new SQSClient(kumo.clientConfig);
  });
  after(() => kumo.stop());

  async function queue(name: string, attributes: Record<string, string> = {}): Promise<{ url: string; arn: string }> {
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }))).QueueUrl!;
    const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    return { url, arn };
  }

  /** The events the function logged, waiting (briefly, real time) until `count` arrived. */
  async function events(fn: string, count: number): Promise<Array<{ Records: Array<Record<string, unknown>> }>> {
    let found: Array<{ Records: Array<Record<string, unknown>> }> = [];
    for (let i = 0; i < 60 && found.length < count; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const out = await logs.send(new FilterLogEventsCommand({ logGroupName: `/aws/lambda/${fn}`, filterPattern: '"EVENT"' })).catch(() => ({ events: [] }));
      found = (out.events ?? []).map((e) => JSON.parse(e.message!.slice(e.message!.indexOf('EVENT ') + 6)));
    }
    return found;
  }

  async function enabled(uuid: string): Promise<string | undefined> {
    let state: string | undefined;
    for (let i = 0; i < 20 && state !== 'Enabled' && state !== 'Disabled'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      state = (await lambda.send(new GetEventSourceMappingCommand({ UUID: uuid }))).State;
    }
    return state;
  }

  test('a mapping is Creating, then Enabled, and delivers AWS\'s SQS event; handled messages are deleted', async () => {
    await createNodeFunction(lambda, 'consumer', HANDLER);
    const q = await queue('orders');
    const created = await lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'consumer', EventSourceArn: q.arn, BatchSize: 5 }));
    assert.equal(created.State, 'Creating');
    assert.equal(created.StateTransitionReason, 'USER_INITIATED');
    assert.equal(created.BatchSize, 5);
    assert.equal(created.MaximumBatchingWindowInSeconds, 0);
    assert.equal(created.FunctionArn, 'arn:aws:lambda:us-east-1:000000000000:function:consumer');
    assert.equal(await enabled(created.UUID!), 'Enabled');
    await sqs.send(new SendMessageCommand({ QueueUrl: q.url, MessageBody: 'hello', MessageAttributes: { kind: { DataType: 'String', StringValue: 'greeting' } } }));
    const [event] = await events('consumer', 1);
    const record = event!.Records[0]!;
    assert.equal(record.body, 'hello');
    assert.equal(record.eventSource, 'aws:sqs');
    assert.equal(record.eventSourceARN, q.arn);
    assert.equal(record.awsRegion, 'us-east-1');
    assert.equal(record.md5OfBody, '5d41402abc4b2a76b9719d911017c592');
    assert.equal((record.attributes as Record<string, string>).ApproximateReceiveCount, '1');
    assert.match((record.attributes as Record<string, string>).SentTimestamp!, /^\d+$/);
    assert.deepEqual((record.messageAttributes as Record<string, unknown>).kind, { stringValue: 'greeting', stringListValues: [], binaryListValues: [], dataType: 'String' });
    await advance(31);
    const left = await sqs.send(new ReceiveMessageCommand({ QueueUrl: q.url }));
    assert.equal(left.Messages, undefined);
    await lambda.send(new DeleteEventSourceMappingCommand({ UUID: created.UUID! }));
  });

  test('partial batch failures stay in the queue and reach its dead-letter queue by the redrive policy', async () => {
    await createNodeFunction(lambda, 'partial', HANDLER);
    const dlq = await queue('partial-dlq');
    const q = await queue('partial-q', { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 2 }) });
    await sqs.send(new SendMessageCommand({ QueueUrl: q.url, MessageBody: 'good' }));
    await sqs.send(new SendMessageCommand({ QueueUrl: q.url, MessageBody: 'bad one' }));
    const created = await lambda.send(new CreateEventSourceMappingCommand({
      FunctionName: 'partial', EventSourceArn: q.arn, FunctionResponseTypes: ['ReportBatchItemFailures'],
    }));
    assert.deepEqual(created.FunctionResponseTypes, ['ReportBatchItemFailures']);
    const first = await events('partial', 1);
    assert.deepEqual(first[0]!.Records.map((r) => r.body).sort(), ['bad one', 'good']);
    await advance(31);
    const second = await events('partial', 2);
    assert.deepEqual(second[1]!.Records.map((r) => r.body), ['bad one']);
    assert.equal((second[1]!.Records[0]!.attributes as Record<string, string>).ApproximateReceiveCount, '2');
    await lambda.send(new UpdateEventSourceMappingCommand({ UUID: created.UUID!, Enabled: false }));
    assert.equal(await enabled(created.UUID!), 'Disabled');
    await advance(31);
    // The third receive (by anyone) exceeds maxReceiveCount: SQS moves it to the DLQ.
    const moved = await sqs.send(new ReceiveMessageCommand({ QueueUrl: q.url }));
    assert.equal(moved.Messages, undefined);
    const dead = await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlq.url }));
    assert.equal(dead.Messages?.[0]?.Body, 'bad one');
  });

  test('a function error leaves the whole batch; filter criteria drop (and delete) what no pattern matches', async () => {
    await createNodeFunction(lambda, 'filtered', HANDLER);
    const q = await queue('filtered-q');
    const created = await lambda.send(new CreateEventSourceMappingCommand({
      FunctionName: 'filtered', EventSourceArn: q.arn,
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ body: { type: ['order'], amount: [{ numeric: ['>', 10] }] } }) }] },
    }));
    assert.deepEqual(created.FilterCriteria?.Filters?.[0]?.Pattern, '{"body":{"type":["order"],"amount":[{"numeric":[">",10]}]}}');
    await enabled(created.UUID!);
    await sqs.send(new SendMessageCommand({ QueueUrl: q.url, MessageBody: JSON.stringify({ type: 'order', amount: 5 }) }));
    await sqs.send(new SendMessageCommand({ QueueUrl: q.url, MessageBody: 'not json' }));
    await sqs.send(new SendMessageCommand({ QueueUrl: q.url, MessageBody: JSON.stringify({ type: 'order', amount: 50 }) }));
    const [event] = await events('filtered', 1);
    assert.deepEqual(event!.Records.map((r) => r.body), ['{"type":"order","amount":50}']);
    await lambda.send(new DeleteEventSourceMappingCommand({ UUID: created.UUID! }));
    await advance(31);
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: q.url }))).Messages, undefined);
  });

  test('a batching window holds messages until it closes on Kumo\'s clock', async () => {
    await createNodeFunction(lambda, 'windowed', HANDLER);
    const q = await queue('windowed-q');
    await lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'windowed', EventSourceArn: q.arn, BatchSize: 50, MaximumBatchingWindowInSeconds: 20 }));
    for (const body of ['a', 'b', 'c']) await sqs.send(new SendMessageCommand({ QueueUrl: q.url, MessageBody: body }));
    await new Promise((r) => setTimeout(r, 500));
    assert.equal((await events('windowed', 0)).length, 0);
    await advance(21);
    const [event] = await events('windowed', 1);
    assert.deepEqual(event!.Records.map((r) => r.body).sort(), ['a', 'b', 'c']);
  });

  test('validation, conflicts, listing and deletion, with AWS\'s errors', async () => {
    await createNodeFunction(lambda, 'slow', HANDLER, { Timeout: 60 });
    const q = await queue('checks');
    await assert.rejects(lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'slow', EventSourceArn: q.arn })), {
      name: 'InvalidParameterValueException', message: 'Queue visibility timeout: 30 seconds is less than Function timeout: 60 seconds',
    });
    await assert.rejects(lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'consumer', EventSourceArn: q.arn, BatchSize: 11 })), {
      name: 'InvalidParameterValueException', message: 'Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10',
    });
    await assert.rejects(lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'consumer', EventSourceArn: q.arn, FilterCriteria: { Filters: [{ Pattern: '{"body": "x"}' }] } })), {
      name: 'InvalidParameterValueException', message: 'Invalid filter pattern definition.',
    });
    await assert.rejects(lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'consumer', EventSourceArn: 'arn:aws:sqs:us-east-1:000000000000:missing' })), {
      name: 'InvalidParameterValueException', message: /^Error occurred while ReceiveMessage\. SQS Error Code: AWS\.SimpleQueueService\.NonExistentQueue/,
    });
    await assert.rejects(lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'nope', EventSourceArn: q.arn })), {
      name: 'ResourceNotFoundException', message: 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope',
    });
    const created = await lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'consumer', EventSourceArn: q.arn, Enabled: false }));
    await assert.rejects(lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'consumer', EventSourceArn: q.arn })), {
      name: 'ResourceConflictException', message: new RegExp(`mapping already exists\\. Please update or delete the existing mapping with UUID ${created.UUID}$`),
    });
    assert.equal(await enabled(created.UUID!), 'Disabled');
    const listed = await lambda.send(new ListEventSourceMappingsCommand({ FunctionName: 'consumer', EventSourceArn: q.arn }));
    assert.deepEqual(listed.EventSourceMappings?.map((m) => m.UUID), [created.UUID]);
    const updated = await lambda.send(new UpdateEventSourceMappingCommand({ UUID: created.UUID!, BatchSize: 3 }));
    assert.equal(updated.State, 'Updating');
    assert.equal(updated.BatchSize, 3);
    await enabled(created.UUID!);
    const deleted = await lambda.send(new DeleteEventSourceMappingCommand({ UUID: created.UUID! }));
    assert.equal(deleted.State, 'Deleting');
    await new Promise((r) => setTimeout(r, 50));
    await assert.rejects(lambda.send(new GetEventSourceMappingCommand({ UUID: created.UUID! })), (e: { name: string; message: string; $metadata: { httpStatusCode?: number } }) => e.name === 'ResourceNotFoundException' && e.message === 'The resource you requested does not exist.' && e.$metadata.httpStatusCode === 404);
  });
});
