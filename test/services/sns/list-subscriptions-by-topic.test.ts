import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, ListSubscriptionsByTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS ListSubscriptionsByTopic', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('lists only that topic\'s subscriptions (not a topic whose name extends it)', async () => {
    const t = (await sns.send(new CreateTopicCommand({ Name: 'orders' }))).TopicArn!;
    const longer = (await sns.send(new CreateTopicCommand({ Name: 'orders-eu' }))).TopicArn!;
    const mine = await sns.send(new SubscribeCommand({ TopicArn: t, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:000000000000:q' }));
    await sns.send(new SubscribeCommand({ TopicArn: longer, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:000000000000:q' }));
    const { Subscriptions } = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: t }));
    assert.deepEqual(Subscriptions, [{ SubscriptionArn: mine.SubscriptionArn, Owner: '000000000000', Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:000000000000:q', TopicArn: t }]);
    await rejects(sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: `${t}-none` })), 'NotFound', 'Topic does not exist', 404);
  });
});
