import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, GetSubscriptionAttributesCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createPushEndpoint, recordedMessages, rejects, startSns } from './sns-test-kit.js';

describe('SNS Subscribe', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  let TopicArn: string;
  before(async () => {
    ({ kumo, sns } = await startSns(['sns']));
    TopicArn = (await sns.send(new CreateTopicCommand({ Name: 'subs' }))).TopicArn!;
  });
  after(() => kumo.stop());

  test('sqs, lambda, sms and application subscriptions are confirmed at once', async () => {
    const { endpointArn } = await createPushEndpoint(sns);
    const endpoints: Array<[string, string]> = [
      ['sqs', 'arn:aws:sqs:us-east-1:000000000000:q'],
      ['lambda', 'arn:aws:lambda:us-east-1:000000000000:function:handler'],
      ['sms', '+15555550100'],
      ['application', endpointArn],
    ];
    for (const [Protocol, Endpoint] of endpoints) {
      const { SubscriptionArn } = await sns.send(new SubscribeCommand({ TopicArn, Protocol, Endpoint }));
      assert.match(SubscriptionArn!, /^arn:aws:sns:us-east-1:000000000000:subs:[0-9a-f-]{36}$/);
      const { Attributes } = await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn }));
      assert.equal(Attributes?.PendingConfirmation, 'false');
      assert.equal(Attributes?.Protocol, Protocol);
      assert.equal(Attributes?.Endpoint, Endpoint);
    }
  });

  test('http(s) and email wait for confirmation: "pending confirmation" unless ReturnSubscriptionArn', async () => {
    const pending = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'email', Endpoint: 'ops@example.com' }));
    assert.equal(pending.SubscriptionArn, 'pending confirmation');
    const withArn = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'email-json', Endpoint: 'ops@example.com', ReturnSubscriptionArn: true }));
    assert.match(withArn.SubscriptionArn!, /^arn:aws:sns:/);
    const { Attributes } = await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: withArn.SubscriptionArn }));
    assert.equal(Attributes?.PendingConfirmation, 'true');
    const confirmations = await recordedMessages(kumo, { endpoint: 'ops@example.com', type: 'SubscriptionConfirmation' });
    assert.equal(confirmations.length, 2);
    assert.match(confirmations[0]!.message, /You have chosen to subscribe to the topic arn:aws:sns:us-east-1:000000000000:subs/);
    assert.match(confirmations[1]!.token!, /^[0-9a-f]{128}$/);
  });

  test('subscribing the same endpoint again returns the same subscription; different attributes are refused', async () => {
    const Endpoint = 'arn:aws:sqs:us-east-1:000000000000:again';
    const first = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint }));
    const again = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint, Attributes: { RawMessageDelivery: 'false' } }));
    assert.equal(again.SubscriptionArn, first.SubscriptionArn);
    await rejects(
      sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint, Attributes: { RawMessageDelivery: 'true' } })),
      'InvalidParameter', 'Invalid parameter: Attributes Reason: Subscription already exists with different attributes',
    );
  });

  test('checks protocol, endpoint and attributes as AWS does', async () => {
    const sub = (Protocol: string, Endpoint: string, Attributes?: Record<string, string>) => sns.send(new SubscribeCommand({ TopicArn, Protocol, Endpoint, Attributes }));
    await rejects(sub('carrier-pigeon', 'x'), 'InvalidParameter', 'Invalid parameter: Amazon SNS does not support this protocol string: carrier-pigeon');
    await rejects(sub('http', 'https://example.com'), 'InvalidParameter', 'Invalid parameter: Endpoint must match the specified protocol');
    await rejects(sub('sqs', 'my-queue'), 'InvalidParameter', 'Invalid parameter: SQS endpoint ARN');
    await rejects(sub('lambda', 'arn:aws:sqs:us-east-1:000000000000:q'), 'InvalidParameter', 'Invalid parameter: Lambda endpoint ARN');
    await rejects(sub('email', 'not-an-address'), 'InvalidParameter', 'Invalid parameter: Email address');
    await rejects(sub('sqs', 'arn:aws:sqs:us-east-1:000000000000:q.fifo'), 'InvalidParameter', /FIFO SQS Queues can not be subscribed to standard SNS topics/);
    await rejects(sub('email', 'a@example.com', { RawMessageDelivery: 'true' }), 'InvalidParameter', /does not support raw message delivery/);
    await rejects(sub('sqs', 'arn:aws:sqs:us-east-1:000000000000:q', { Colour: 'x' }), 'InvalidParameter', 'Invalid parameter: Attributes Reason: Unknown attribute Colour');
    await rejects(
      sub('sqs', 'arn:aws:sqs:us-east-1:000000000000:q', { FilterPolicy: JSON.stringify({ price: [{ numeric: ['>', 20, '>', 1] }] }) }),
      'InvalidParameter', 'Invalid parameter: Attributes Reason: FilterPolicy: Bad numeric range operator: >',
    );
    await rejects(sns.send(new SubscribeCommand({ TopicArn: `${TopicArn}-none`, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:000000000000:q' })), 'NotFound', 'Topic does not exist', 404);
  });

  test('FIFO topics take SQS subscriptions only', async () => {
    const fifo = (await sns.send(new CreateTopicCommand({ Name: 'subs.fifo', Attributes: { FifoTopic: 'true' } }))).TopicArn!;
    assert.match((await sns.send(new SubscribeCommand({ TopicArn: fifo, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:000000000000:q.fifo' }))).SubscriptionArn!, /subs\.fifo:/);
    await rejects(sns.send(new SubscribeCommand({ TopicArn: fifo, Protocol: 'email', Endpoint: 'a@example.com' })), 'InvalidParameter', 'Invalid parameter: Invalid protocol type: email');
  });
});
