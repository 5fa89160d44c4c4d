import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, ListSubscriptionsCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSns } from './sns-test-kit.js';

describe('SNS ListSubscriptions', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('lists every topic\'s subscriptions in pages of 100; pending ones show PendingConfirmation', async () => {
    const a = (await sns.send(new CreateTopicCommand({ Name: 'a' }))).TopicArn!;
    const b = (await sns.send(new CreateTopicCommand({ Name: 'b' }))).TopicArn!;
    for (let i = 0; i < 120; i++) {
      await sns.send(new SubscribeCommand({ TopicArn: i % 2 ? a : b, Protocol: 'sqs', Endpoint: `arn:aws:sqs:us-east-1:000000000000:q${i}` }));
    }
    await sns.send(new SubscribeCommand({ TopicArn: a, Protocol: 'email', Endpoint: 'x@example.com' }));
    const first = await sns.send(new ListSubscriptionsCommand({}));
    assert.equal(first.Subscriptions?.length, 100);
    const second = await sns.send(new ListSubscriptionsCommand({ NextToken: first.NextToken }));
    assert.equal(second.Subscriptions?.length, 21);
    assert.equal(second.NextToken, undefined);
    const all = [...first.Subscriptions!, ...second.Subscriptions!];
    const email = all.find((s) => s.Protocol === 'email');
    assert.deepEqual(email, { SubscriptionArn: 'PendingConfirmation', Owner: '000000000000', Protocol: 'email', Endpoint: 'x@example.com', TopicArn: a });
    assert.equal(all.filter((s) => s.TopicArn === b).length, 60);
  });
});
