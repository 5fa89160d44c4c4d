import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { CreateTopicCommand, PublishCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createNodeFunction } from '../lambda/support.js';
import { startSns } from './sns-test-kit.js';

describe('SNS Publish to Lambda', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  let lambda: LambdaClient;
  let logs: CloudWatchLogsClient;
  before(async () => {
    ({ kumo, sns } = await startSns(['sns', 'sqs', 'lambda', 'cloudwatch-logs']));
    lambda = new LambdaClient(kumo.clientConfig);
    logs = new CloudWatchLogsClient(kumo.clientConfig);
  });
  after(() => kumo.stop());

  test('the function is invoked asynchronously with the SNS event', async () => {
    const fn = await createNodeFunction(lambda, 'on-order', 'export const handler = async (event) => { console.log("SNSEVENT " + JSON.stringify(event)); };');
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'to-lambda' }));
    const { SubscriptionArn } = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'lambda', Endpoint: fn.FunctionArn }));
    const { MessageId } = await sns.send(new PublishCommand({ TopicArn, Message: 'order 7', Subject: 'Order', MessageAttributes: { kind: { DataType: 'String', StringValue: 'order' } } }));
    let line: string | undefined;
    for (let i = 0; i < 100 && !line; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const out = await logs.send(new FilterLogEventsCommand({ logGroupName: '/aws/lambda/on-order', filterPattern: 'SNSEVENT' })).catch(() => ({ events: [] }));
      line = out.events?.[0]?.message;
    }
    assert.ok(line, 'the function logged the event');
    const event = JSON.parse(line.slice(line.indexOf('SNSEVENT ') + 9)) as { Records: Array<{ EventSource: string; EventSubscriptionArn: string; Sns: Record<string, unknown> }> };
    const [record] = event.Records;
    assert.equal(record!.EventSource, 'aws:sns');
    assert.equal(record!.EventSubscriptionArn, SubscriptionArn);
    assert.equal(record!.Sns.MessageId, MessageId);
    assert.equal(record!.Sns.Message, 'order 7');
    assert.equal(record!.Sns.Subject, 'Order');
    assert.equal(record!.Sns.TopicArn, TopicArn);
    assert.deepEqual(record!.Sns.MessageAttributes, { kind: { Type: 'String', Value: 'order' } });
  });
});
