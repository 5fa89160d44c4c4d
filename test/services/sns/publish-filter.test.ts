import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, PublishCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createQueue, receiveAll, startSns } from './sns-test-kit.js';

describe('SNS Publish with subscription filter policies', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  let sqs: SQSClient;
  before(async () => ({ kumo, sns, sqs } = await startSns()));
  after(() => kumo.stop());

  test('each queue gets only what its attribute or body policy lets through', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'filtered' }));
    const big = await createQueue(sqs, 'big-orders');
    const eu = await createQueue(sqs, 'eu-orders');
    const all = await createQueue(sqs, 'all-orders');
    await sns.send(new SubscribeCommand({
      TopicArn, Protocol: 'sqs', Endpoint: big.arn,
      Attributes: { RawMessageDelivery: 'true', FilterPolicy: JSON.stringify({ total: [{ numeric: ['>=', 100] }], kind: ['order'] }) },
    }));
    await sns.send(new SubscribeCommand({
      TopicArn, Protocol: 'sqs', Endpoint: eu.arn,
      Attributes: { RawMessageDelivery: 'true', FilterPolicyScope: 'MessageBody', FilterPolicy: JSON.stringify({ shipping: { region: [{ prefix: 'eu-' }] } }) },
    }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: all.arn, Attributes: { RawMessageDelivery: 'true' } }));

    const publish = (id: number, region: string, total: number, kind = 'order') => sns.send(new PublishCommand({
      TopicArn,
      Message: JSON.stringify({ id, shipping: { region } }),
      MessageAttributes: { total: { DataType: 'Number', StringValue: String(total) }, kind: { DataType: 'String', StringValue: kind } },
    }));
    await publish(1, 'eu-west-1', 150);
    await publish(2, 'us-east-1', 150);
    await publish(3, 'eu-central-1', 20);
    await publish(4, 'us-west-2', 500, 'refund');

    const ids = async (url: string, count: number) => (await receiveAll(sqs, url, count)).map((m) => (JSON.parse(m.Body!) as { id: number }).id).sort();
    assert.deepEqual(await ids(big.url, 2), [1, 2]);
    assert.deepEqual(await ids(eu.url, 2), [1, 3]);
    assert.deepEqual(await ids(all.url, 4), [1, 2, 3, 4]);
  });
});
