import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfirmSubscriptionCommand, CreateTopicCommand, GetSubscriptionAttributesCommand, GetTopicAttributesCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { httpEndpoint, recordedMessages, rejects, startSns } from './sns-test-kit.js';

describe('SNS ConfirmSubscription', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  let TopicArn: string;
  before(async () => {
    ({ kumo, sns } = await startSns(['sns']));
    TopicArn = (await sns.send(new CreateTopicCommand({ Name: 'confirm' }))).TopicArn!;
  });
  after(() => kumo.stop());

  test('the token from an email confirmation confirms the subscription', async () => {
    const { SubscriptionArn } = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'email', Endpoint: 'me@example.com', ReturnSubscriptionArn: true }));
    const [confirmation] = await recordedMessages(kumo, { endpoint: 'me@example.com', type: 'SubscriptionConfirmation' });
    const confirmed = await sns.send(new ConfirmSubscriptionCommand({ TopicArn, Token: confirmation!.token!, AuthenticateOnUnsubscribe: 'true' }));
    assert.equal(confirmed.SubscriptionArn, SubscriptionArn);
    const { Attributes } = await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn }));
    assert.equal(Attributes?.PendingConfirmation, 'false');
    assert.equal(Attributes?.ConfirmationWasAuthenticated, 'true');
    assert.equal((await sns.send(new ConfirmSubscriptionCommand({ TopicArn, Token: confirmation!.token! }))).SubscriptionArn, SubscriptionArn);
    assert.equal((await sns.send(new GetTopicAttributesCommand({ TopicArn }))).Attributes?.SubscriptionsConfirmed, '1');
  });

  test('an http endpoint gets a signed SubscriptionConfirmation POST and confirms by visiting SubscribeURL', async () => {
    const endpoint = await httpEndpoint();
    try {
      const { SubscriptionArn } = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'http', Endpoint: endpoint.url, ReturnSubscriptionArn: true }));
      const [request] = await endpoint.next(1);
      assert.equal(request!.headers['x-amz-sns-message-type'], 'SubscriptionConfirmation');
      assert.equal(request!.headers['x-amz-sns-topic-arn'], TopicArn);
      assert.equal(request!.headers['user-agent'], 'Amazon Simple Notification Service Agent');
      const body = JSON.parse(request!.body) as Record<string, string>;
      assert.equal(body.Type, 'SubscriptionConfirmation');
      assert.equal(body.TopicArn, TopicArn);
      assert.equal(body.SignatureVersion, '1');
      assert.match(body.Token!, /^[0-9a-f]{128}$/);
      assert.ok(body.SubscribeURL!.startsWith(`${kumo.url}/?Action=ConfirmSubscription&TopicArn=`));
      const visit = await fetch(body.SubscribeURL!);
      assert.equal(visit.status, 200);
      assert.match(await visit.text(), new RegExp(`<SubscriptionArn>${SubscriptionArn}</SubscriptionArn>`));
      const { Attributes } = await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn }));
      assert.equal(Attributes?.PendingConfirmation, 'false');
      assert.equal(Attributes?.ConfirmationWasAuthenticated, 'false');
    } finally {
      endpoint.server.close();
    }
  });

  test('an unknown token is an InvalidParameter; a missing topic NotFound', async () => {
    await rejects(sns.send(new ConfirmSubscriptionCommand({ TopicArn, Token: 'ab'.repeat(64) })), 'InvalidParameter', 'Invalid parameter: Token');
    await rejects(sns.send(new ConfirmSubscriptionCommand({ TopicArn: `${TopicArn}-none`, Token: 'x' })), 'NotFound', 'Topic does not exist', 404);
  });
});
