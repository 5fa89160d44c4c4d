import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { GetQueueUrlCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { AwsError } from '../shared/aws-error.js';
import { jsonProtocol } from './json.js';
import { loopbackClientConfig } from './testing/loopback-client-config.js';
import type { LoopbackExchange, LoopbackHandler } from './testing/sdk-loopback.js';

/** SQS's query-compatible awsJson1_0 through @aws-sdk/client-sqs. */
function sqs(handle: LoopbackHandler, observe?: (x: LoopbackExchange) => void): SQSClient {
  // The client checks message MD5s by default; these fixtures answer made-up attribute digests.
  return new SQSClient({ ...loopbackClientConfig(jsonProtocol, 'sqs', handle, observe), md5: false });
}

const queueUrl = 'http://localhost:4566/000000000000/q';
const md5 = (s: string) => createHash('md5').update(s).digest('hex');

type QueryCompatError = Error & { Code?: string; Type?: string; Error?: Record<string, unknown>; $fault?: string; $metadata?: { httpStatusCode?: number } };

describe('json (query-compatible) through @aws-sdk/client-sqs', () => {
  test('SendMessage: a map of structures with string and binary values', async () => {
    let seen: unknown;
    let exchange: LoopbackExchange | undefined;
    const input = {
      QueueUrl: queueUrl,
      MessageBody: 'héllo <&>',
      DelaySeconds: 5,
      MessageAttributes: {
        color: { DataType: 'String', StringValue: 'blue' },
        raw: { DataType: 'Binary', BinaryValue: new Uint8Array([0, 255, 10]) },
        list: { DataType: 'String.custom', StringListValues: ['a'], BinaryListValues: [new Uint8Array([1])] },
      },
      MessageSystemAttributes: { AWSTraceHeader: { DataType: 'String', StringValue: 'Root=1-abc' } },
    };
    const out = await sqs((op, i) => {
      seen = { op, i };
      return { MessageId: 'm-1', MD5OfMessageBody: md5('héllo <&>'), MD5OfMessageAttributes: '0123456789abcdef0123456789abcdef', SequenceNumber: '1' };
    }, (x) => (exchange = x)).send(new SendMessageCommand(input));
    assert.deepEqual(seen, { op: 'SendMessage', i: { ...input, MessageAttributes: { ...input.MessageAttributes, raw: { DataType: 'Binary', BinaryValue: Buffer.from([0, 255, 10]) }, list: { DataType: 'String.custom', StringListValues: ['a'], BinaryListValues: [Buffer.from([1])] } } } });
    assert.equal(out.MessageId, 'm-1');
    assert.equal(out.MD5OfMessageBody, md5('héllo <&>'));
    assert.equal(out.SequenceNumber, '1');
    assert.equal(exchange?.request.headers['x-amz-target'], 'AmazonSQS.SendMessage');
    assert.equal(exchange?.request.headers['x-amzn-query-mode'], 'true');
  });

  test('ReceiveMessage: lists of messages with attribute maps', async () => {
    let seen: unknown;
    const messages = [
      {
        MessageId: 'm-1',
        ReceiptHandle: 'rh+/=',
        Body: '{"a":1}',
        MD5OfBody: md5('{"a":1}'),
        Attributes: { ApproximateReceiveCount: '2', SentTimestamp: '1717747750250' },
        MessageAttributes: { raw: { DataType: 'Binary', BinaryValue: new Uint8Array([7, 8]), StringListValues: [], BinaryListValues: [] } },
        MD5OfMessageAttributes: '0123456789abcdef0123456789abcdef',
      },
    ];
    const input = { QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, VisibilityTimeout: 30, MessageSystemAttributeNames: ['All' as const], MessageAttributeNames: ['All'], ReceiveRequestAttemptId: 'r1' };
    const out = await sqs((_op, i) => {
      seen = i;
      return { Messages: messages };
    }).send(new ReceiveMessageCommand(input));
    assert.deepEqual(seen, input);
    const got = out.Messages?.[0];
    assert.deepEqual({ ...got, MessageAttributes: undefined }, { ...messages[0], MessageAttributes: undefined });
    assert.equal(got?.MessageAttributes?.raw?.DataType, 'Binary');
    assert.deepEqual([...(got?.MessageAttributes?.raw?.BinaryValue ?? [])], [7, 8]);
  });

  test('QueueDoesNotExist: the modeled class, the query code and type, 400', async () => {
    const client = sqs(() => {
      throw new AwsError('QueueDoesNotExist', 'The specified queue does not exist.', { queryCode: 'AWS.SimpleQueueService.NonExistentQueue' });
    });
    await assert.rejects(client.send(new GetQueueUrlCommand({ QueueName: 'nope' })), (e: QueryCompatError) => {
      assert.equal(e.name, 'QueueDoesNotExist');
      assert.equal(e.message, 'The specified queue does not exist.');
      assert.equal(e.Code, 'AWS.SimpleQueueService.NonExistentQueue');
      assert.equal(e.Type, 'Sender');
      assert.deepEqual(e.Error, { Code: 'AWS.SimpleQueueService.NonExistentQueue', Type: 'Sender', Message: 'The specified queue does not exist.' });
      assert.equal(e.$fault, 'client');
      assert.equal(e.$metadata?.httpStatusCode, 400);
      return true;
    });
  });

  test('an error without a query code keeps its own code', async () => {
    const client = sqs(() => {
      throw new AwsError('InvalidAddress', 'The address http://x/ is not valid for this endpoint.', { status: 404 });
    });
    await assert.rejects(client.send(new GetQueueUrlCommand({ QueueName: 'q' })), (e: QueryCompatError) => {
      assert.equal(e.name, 'InvalidAddress');
      assert.equal(e.Code, 'InvalidAddress');
      assert.equal(e.Type, 'Sender');
      assert.equal(e.$metadata?.httpStatusCode, 404);
      return true;
    });
  });
});
