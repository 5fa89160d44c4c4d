import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, PublishCommand, SetSubscriptionAttributesCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, createQueue, httpEndpoint, receive, startSns } from './sns-test-kit.js';

describe('SNS Publish to http(s) endpoints', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  let sqs: SQSClient;
  before(async () => ({ kumo, sns, sqs } = await startSns()));
  after(() => kumo.stop());

  /** Subscribes an endpoint and confirms it through the handshake it receives. */
  async function confirmedEndpoint(topicArn: string, statuses: number[] = []) {
    const endpoint = await httpEndpoint(statuses);
    const { SubscriptionArn } = await sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'http', Endpoint: endpoint.url, ReturnSubscriptionArn: true }));
    const [handshake] = await endpoint.next(1);
    await fetch((JSON.parse(handshake!.body) as { SubscribeURL: string }).SubscribeURL);
    endpoint.requests.length = 0;
    return { ...endpoint, subscriptionArn: SubscriptionArn! };
  }

  test('POSTs the envelope with SNS\'s headers; raw delivery posts the bare message', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'web' }));
    const endpoint = await confirmedEndpoint(TopicArn!);
    try {
      const { MessageId } = await sns.send(new PublishCommand({ TopicArn, Message: 'hello web', Subject: 'S' }));
      const [request] = await endpoint.next(1);
      assert.equal(request!.headers['x-amz-sns-message-type'], 'Notification');
      assert.equal(request!.headers['x-amz-sns-message-id'], MessageId);
      assert.equal(request!.headers['x-amz-sns-topic-arn'], TopicArn);
      assert.equal(request!.headers['x-amz-sns-subscription-arn'], endpoint.subscriptionArn);
      assert.equal(request!.headers['content-type'], 'text/plain; charset=UTF-8');
      const body = JSON.parse(request!.body) as Record<string, string>;
      assert.deepEqual([body.Type, body.Message, body.Subject, body.MessageId], ['Notification', 'hello web', 'S', MessageId]);

      await sns.send(new SetSubscriptionAttributesCommand({ SubscriptionArn: endpoint.subscriptionArn, AttributeName: 'RawMessageDelivery', AttributeValue: 'true' }));
      await sns.send(new PublishCommand({ TopicArn, Message: 'bare' }));
      const requests = await endpoint.next(2);
      assert.equal(requests[1]!.body, 'bare');
      assert.equal(requests[1]!.headers['x-amz-sns-rawdelivery'], 'true');
    } finally {
      endpoint.server.close();
    }
  });

  test('a failing endpoint is retried on Kumo\'s clock (3 retries, 20 s apart by default)', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'flaky' }));
    // The handshake gets the first answer (200); the notification then fails twice.
    const endpoint = await confirmedEndpoint(TopicArn!, [200, 500, 503]);
    try {
      await sns.send(new PublishCommand({ TopicArn, Message: 'eventually' }));
      await endpoint.next(1);
      await advanceClock(kumo, 19);
      assert.equal(endpoint.requests.length, 1, 'no retry before 20 s');
      await advanceClock(kumo, 1);
      await endpoint.next(2);
      await advanceClock(kumo, 20);
      const requests = await endpoint.next(3);
      assert.equal(requests.length, 3);
      assert.ok(requests.every((r) => JSON.parse(r.body).Message === 'eventually'));
      await advanceClock(kumo, 60);
      assert.equal(endpoint.requests.length, 3, 'no retry after success');
    } finally {
      endpoint.server.close();
    }
  });

  test('when retries run out the message goes to the subscription\'s dead-letter queue', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'dead-web' }));
    const dlq = await createQueue(sqs, 'web-dlq');
    const endpoint = await confirmedEndpoint(TopicArn!, [200, 500, 500, 500, 500]);
    try {
      await sns.send(new SetSubscriptionAttributesCommand({ SubscriptionArn: endpoint.subscriptionArn, AttributeName: 'RedrivePolicy', AttributeValue: JSON.stringify({ deadLetterTargetArn: dlq.arn }) }));
      await sns.send(new PublishCommand({ TopicArn, Message: 'doomed' }));
      for (let i = 0; i < 4; i++) {
        await endpoint.next(i + 1);
        await advanceClock(kumo, 20);
      }
      const [dead] = await receive(sqs, dlq.url);
      assert.equal((JSON.parse(dead!.Body!) as Record<string, string>).Message, 'doomed');
    } finally {
      endpoint.server.close();
    }
  });
});
