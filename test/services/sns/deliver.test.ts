import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createClock } from '../../../src/engine/clock.js';
import { createScheduler } from '../../../src/engine/scheduler.js';
import { deliver } from '../../../src/services/sns/delivery/deliver.js';
import type { PublishedMessage } from '../../../src/services/sns/delivery/published-message.js';
import { startSnsRuntime, stopSnsRuntime } from '../../../src/services/sns/delivery/sns-runtime.js';
import { DEFAULT_HTTP_DELIVERY_POLICY } from '../../../src/services/sns/model/topic-attributes.js';
import type { SubscriptionRow } from '../../../src/services/sns/store.js';
import { openStore } from '../../../src/store/open-store.js';

/*
 * The exact calls SNS makes to other services (Lambda's asynchronous Invoke, SQS's
 * GetQueueUrl and SendMessage), checked against a recording internal client.
 */
describe('SNS delivery through the internal client', () => {
  async function withRuntime(fn: (calls: Array<{ service: string; operation: string; input: Record<string, unknown>; scope: unknown }>, sns: ReturnType<typeof startSnsRuntime>) => Promise<void>) {
    const store = openStore({ inMemory: true });
    const clock = createClock();
    const scheduler = createScheduler(clock);
    const calls: Array<{ service: string; operation: string; input: Record<string, unknown>; scope: unknown }> = [];
    const aws = {
      async call<O>(service: string, operation: string, input: Record<string, unknown>, scope: unknown): Promise<O> {
        calls.push({ service, operation, input, scope });
        return (operation === 'GetQueueUrl' ? { QueueUrl: 'http://q/000000000000/jobs.fifo' } : {}) as O;
      },
    };
    const sns = startSnsRuntime({ store, clock, scheduler, aws });
    try {
      await fn(calls, sns);
    } finally {
      await stopSnsRuntime(sns);
      scheduler.stop();
      store.close();
    }
  }

  const message: PublishedMessage = {
    topicArn: 'arn:aws:sns:eu-west-1:111122223333:t',
    fifo: false,
    messageId: '11111111-2222-4333-8444-555555555555',
    message: 'hello',
    subject: 'S',
    attributes: { k: { DataType: 'String', StringValue: 'v' } },
    timestamp: '2024-01-01T00:00:00.000Z',
    endpoint: 'http://127.0.0.1:4566',
    signatureVersion: '1',
    httpDeliveryPolicy: DEFAULT_HTTP_DELIVERY_POLICY,
  };
  const subscription = (protocol: string, endpoint: string, attributes: Record<string, string> = {}): SubscriptionRow => ({
    arn: `${message.topicArn}:aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee`, topicArn: message.topicArn, owner: '111122223333',
    protocol, endpoint, attributes, confirmed: true, authenticated: true, createdMs: 0,
  });

  test('lambda: an asynchronous Invoke with the SNS event, in the function\'s account and region', async () => {
    await withRuntime(async (calls, sns) => {
      const fn = 'arn:aws:lambda:eu-west-1:111122223333:function:f';
      const sub = subscription('lambda', fn);
      await deliver(sns, message, sub);
      assert.equal(calls.length, 1);
      const [call] = calls;
      assert.deepEqual([call!.service, call!.operation, call!.scope], ['lambda', 'Invoke', { accountId: '111122223333', region: 'eu-west-1' }]);
      assert.equal(call!.input.FunctionName, fn);
      assert.equal(call!.input.InvocationType, 'Event');
      const event = JSON.parse(Buffer.from(call!.input.Payload as Uint8Array).toString('utf8')) as { Records: Array<Record<string, unknown> & { Sns: Record<string, unknown> }> };
      const record = event.Records[0]!;
      assert.equal(record.EventSource, 'aws:sns');
      assert.equal(record.EventVersion, '1.0');
      assert.equal(record.EventSubscriptionArn, sub.arn);
      assert.equal(record.Sns.Type, 'Notification');
      assert.equal(record.Sns.Message, 'hello');
      assert.equal(record.Sns.Subject, 'S');
      assert.equal(record.Sns.SigningCertUrl, 'http://127.0.0.1:4566/_kumo/sns/SimpleNotificationService-kumo.pem');
      assert.match(String(record.Sns.UnsubscribeUrl), /Action=Unsubscribe&SubscriptionArn=arn%3Aaws%3Asns/);
      assert.deepEqual(record.Sns.MessageAttributes, { k: { Type: 'String', Value: 'v' } });
      assert.equal(typeof record.Sns.Signature, 'string');
    });
  });

  test('sqs FIFO: GetQueueUrl once, then SendMessage with the group and deduplication ids', async () => {
    await withRuntime(async (calls, sns) => {
      const fifo = { ...message, fifo: true, groupId: 'g', dedupId: 'd', sequenceNumber: '10000000000000000001' };
      const sub = subscription('sqs', 'arn:aws:sqs:eu-west-1:111122223333:jobs.fifo', { RawMessageDelivery: 'true' });
      await deliver(sns, fifo, sub);
      await deliver(sns, { ...fifo, dedupId: 'e' }, sub);
      assert.deepEqual(calls.map((c) => c.operation), ['GetQueueUrl', 'SendMessage', 'SendMessage']);
      assert.deepEqual(calls[0]!.input, { QueueName: 'jobs.fifo', QueueOwnerAWSAccountId: '111122223333' });
      assert.deepEqual(calls[1]!.input, {
        QueueUrl: 'http://q/000000000000/jobs.fifo', MessageBody: 'hello', MessageAttributes: message.attributes, MessageGroupId: 'g', MessageDeduplicationId: 'd',
      });
    });
  });
});
