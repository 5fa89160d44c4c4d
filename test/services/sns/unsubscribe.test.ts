import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, GetSubscriptionAttributesCommand, GetTopicAttributesCommand, SNSClient, SubscribeCommand, UnsubscribeCommand } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS Unsubscribe', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('deletes the subscription and counts it in SubscriptionsDeleted; repeating it succeeds', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'unsub' }));
    const { SubscriptionArn } = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:000000000000:q' }));
    await sns.send(new UnsubscribeCommand({ SubscriptionArn }));
    await sns.send(new UnsubscribeCommand({ SubscriptionArn }));
    await rejects(sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn })), 'NotFound', 'Subscription does not exist', 404);
    assert.equal((await sns.send(new GetTopicAttributesCommand({ TopicArn }))).Attributes?.SubscriptionsDeleted, '1');
    await rejects(sns.send(new UnsubscribeCommand({ SubscriptionArn: 'nonsense' })), 'InvalidParameter', 'Invalid parameter: SubscriptionArn');
  });

  test('the UnsubscribeURL in an envelope works as a plain GET', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'by-url' }));
    const { SubscriptionArn } = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:000000000000:q' }));
    const response = await fetch(`${kumo.url}/?Action=Unsubscribe&SubscriptionArn=${encodeURIComponent(SubscriptionArn!)}`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<UnsubscribeResponse/);
    await rejects(sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn })), 'NotFound', 'Subscription does not exist', 404);
  });
});
