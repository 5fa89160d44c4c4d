import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateFunctionCommand, InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { ROLE, createNodeFunction, decode, makeZip, startLambdaKumo } from './support.js';

describe('Lambda functions calling Kumo through the AWS SDK', () => {
  let kumo: EmbeddedKumo;
  let lambda: LambdaClient;
  let sqs: SQSClient;
  let queueUrl: string;
  before(async () => {
    ({ kumo, lambda } = await startLambdaKumo(['lambda', 'sqs', 'cloudwatch-logs']));
    sqs = new SQSClient(kumo.clientConfig);
    queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'from-lambda' }))).QueueUrl!;
  });
  after(() => kumo.stop());

  test('a Node.js function sends to SQS with the SDK v3 it did not bundle', async () => {
    await createNodeFunction(lambda, 'sender', `
      import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
      const sqs = new SQSClient({});
      export const handler = async (event) => {
        const out = await sqs.send(new SendMessageCommand({ QueueUrl: event.queueUrl, MessageBody: 'hello from ' + process.env.AWS_LAMBDA_FUNCTION_NAME }));
        return { id: out.MessageId };
      };`);
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'sender', Payload: Buffer.from(JSON.stringify({ queueUrl })) }));
    assert.equal(out.FunctionError, undefined, Buffer.from(out.Payload ?? []).toString());
    const { id } = decode(out.Payload) as { id: string };
    const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, WaitTimeSeconds: 1 }));
    assert.equal(received.Messages?.[0]?.Body, 'hello from sender');
    assert.equal(received.Messages?.[0]?.MessageId, id);
  });

  test('a CommonJS function requires the SDK too', async () => {
    await createNodeFunction(lambda, 'cjs-sender', `
      const { SQSClient, GetQueueUrlCommand } = require('@aws-sdk/client-sqs');
      exports.handler = async () => (await new SQSClient({}).send(new GetQueueUrlCommand({ QueueName: 'from-lambda' }))).QueueUrl;`, {}, 'index.js');
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'cjs-sender' }));
    assert.equal(decode(out.Payload), queueUrl);
  });

  test('a Python function uses boto3 against Kumo', async () => {
    await lambda.send(new CreateFunctionCommand({
      FunctionName: 'py-sender', Runtime: 'python3.11', Role: ROLE, Handler: 'app.handler',
      Code: { ZipFile: makeZip({ 'app.py': 'import boto3\ndef handler(event, context):\n    sqs = boto3.client("sqs")\n    return sqs.send_message(QueueUrl=event["queueUrl"], MessageBody="from python")["MessageId"]\n' }) },
    }));
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'py-sender', Payload: Buffer.from(JSON.stringify({ queueUrl })) }));
    assert.equal(out.FunctionError, undefined, Buffer.from(out.Payload ?? []).toString());
    const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, WaitTimeSeconds: 1 }));
    assert.equal(received.Messages?.[0]?.Body, 'from python');
  });
});
