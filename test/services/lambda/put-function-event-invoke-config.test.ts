import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DeleteFunctionEventInvokeConfigCommand, DeleteProvisionedConcurrencyConfigCommand, GetFunctionEventInvokeConfigCommand, GetProvisionedConcurrencyConfigCommand,
  InvokeCommand, ListFunctionEventInvokeConfigsCommand, ListProvisionedConcurrencyConfigsCommand, PublishVersionCommand, PutFunctionEventInvokeConfigCommand,
  PutProvisionedConcurrencyConfigCommand, UpdateFunctionEventInvokeConfigCommand, type LambdaClient,
} from '@aws-sdk/client-lambda';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createNodeFunction, startLambdaKumo } from './support.js';

interface DestinationRecord {
  version: string;
  requestContext: { condition: string; approximateInvokeCount: number; functionArn: string };
  requestPayload: unknown;
  responseContext: { statusCode: number; executedVersion: string; functionError?: string };
  responsePayload: { errorMessage?: string } & Record<string, unknown>;
}

describe('Event invoke configs and provisioned concurrency', () => {
  let kumo: EmbeddedKumo;
  let lambda: LambdaClient;
  let sqs: SQSClient;
  before(async () => {
    ({ kumo, lambda } = await startLambdaKumo(['lambda', 'cloudwatch-logs', 'sqs']));
    sqs = new SQSClient(kumo.clientConfig);
  });
  after(() => kumo.stop());

  async function queue(name: string): Promise<{ url: string; arn: string }> {
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl!;
    return { url, arn: (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn! };
  }

  async function receive(url: string): Promise<DestinationRecord | undefined> {
    for (let i = 0; i < 40; i++) {
      const message = (await sqs.send(new ReceiveMessageCommand({ QueueUrl: url }))).Messages?.[0];
      if (message) return JSON.parse(message.Body!);
      await new Promise((r) => setTimeout(r, 50));
    }
    return undefined;
  }

  test('destinations get AWS\'s record on success and, with no retries, on the first failure', async () => {
    await createNodeFunction(lambda, 'maybe', 'export const handler = async (e) => { if (e.fail) throw new Error("nope"); return { done: e.n }; };');
    const ok = await queue('on-success');
    const bad = await queue('on-failure');
    const put = await lambda.send(new PutFunctionEventInvokeConfigCommand({
      FunctionName: 'maybe', MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 120,
      DestinationConfig: { OnSuccess: { Destination: ok.arn }, OnFailure: { Destination: bad.arn } },
    }));
    assert.equal(put.FunctionArn, 'arn:aws:lambda:us-east-1:000000000000:function:maybe:$LATEST');
    assert.equal(put.MaximumRetryAttempts, 0);
    await lambda.send(new InvokeCommand({ FunctionName: 'maybe', InvocationType: 'Event', Payload: Buffer.from('{"n":1}') }));
    const success = await receive(ok.url);
    assert.equal(success?.version, '1.0');
    assert.equal(success?.requestContext.condition, 'Success');
    assert.equal(success?.requestContext.approximateInvokeCount, 1);
    assert.equal(success?.requestContext.functionArn, 'arn:aws:lambda:us-east-1:000000000000:function:maybe:$LATEST');
    assert.deepEqual(success?.requestPayload, { n: 1 });
    assert.deepEqual(success?.responseContext, { statusCode: 200, executedVersion: '$LATEST' });
    assert.deepEqual(success?.responsePayload, { done: 1 });
    await lambda.send(new InvokeCommand({ FunctionName: 'maybe', InvocationType: 'Event', Payload: Buffer.from('{"fail":true}') }));
    const failure = await receive(bad.url);
    assert.equal(failure?.requestContext.condition, 'RetriesExhausted');
    assert.equal(failure?.responseContext.functionError, 'Unhandled');
    assert.equal(failure?.responsePayload.errorMessage, 'nope');
  });

  test('get, update, list and delete, with AWS\'s errors', async () => {
    await createNodeFunction(lambda, 'configured', 'export const handler = async () => 1;');
    await assert.rejects(lambda.send(new GetFunctionEventInvokeConfigCommand({ FunctionName: 'configured' })), {
      name: 'ResourceNotFoundException', message: 'The function arn:aws:lambda:us-east-1:000000000000:function:configured:$LATEST doesn\'t have an EventInvokeConfig',
    });
    await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'configured', MaximumRetryAttempts: 1 }));
    const updated = await lambda.send(new UpdateFunctionEventInvokeConfigCommand({ FunctionName: 'configured', MaximumEventAgeInSeconds: 300 }));
    assert.equal(updated.MaximumRetryAttempts, 1);
    assert.equal(updated.MaximumEventAgeInSeconds, 300);
    const listed = await lambda.send(new ListFunctionEventInvokeConfigsCommand({ FunctionName: 'configured' }));
    assert.deepEqual(listed.FunctionEventInvokeConfigs?.map((c) => c.FunctionArn), ['arn:aws:lambda:us-east-1:000000000000:function:configured:$LATEST']);
    await assert.rejects(lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'configured', MaximumRetryAttempts: 3 })), { name: 'ValidationException' });
    await lambda.send(new DeleteFunctionEventInvokeConfigCommand({ FunctionName: 'configured' }));
    await assert.rejects(lambda.send(new GetFunctionEventInvokeConfigCommand({ FunctionName: 'configured' })), { name: 'ResourceNotFoundException' });
  });

  test('provisioned concurrency settings are stored and READY', async () => {
    await createNodeFunction(lambda, 'provisioned', 'export const handler = async () => 1;');
    await new Promise((r) => setTimeout(r, 100));
    await lambda.send(new PublishVersionCommand({ FunctionName: 'provisioned' }));
    const put = await lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: 'provisioned', Qualifier: '1', ProvisionedConcurrentExecutions: 5 }));
    assert.equal(put.$metadata.httpStatusCode, 202);
    assert.equal(put.RequestedProvisionedConcurrentExecutions, 5);
    const got = await lambda.send(new GetProvisionedConcurrencyConfigCommand({ FunctionName: 'provisioned', Qualifier: '1' }));
    assert.equal(got.Status, 'READY');
    assert.equal(got.AvailableProvisionedConcurrentExecutions, 5);
    const listed = await lambda.send(new ListProvisionedConcurrencyConfigsCommand({ FunctionName: 'provisioned' }));
    assert.deepEqual(listed.ProvisionedConcurrencyConfigs?.map((c) => c.FunctionArn), ['arn:aws:lambda:us-east-1:000000000000:function:provisioned:1']);
    await assert.rejects(lambda.send(new PutProvisionedConcurrencyConfigCommand({ FunctionName: 'provisioned', Qualifier: '$LATEST', ProvisionedConcurrentExecutions: 1 })), { name: 'InvalidParameterValueException' });
    await lambda.send(new DeleteProvisionedConcurrencyConfigCommand({ FunctionName: 'provisioned', Qualifier: '1' }));
    await assert.rejects(lambda.send(new GetProvisionedConcurrencyConfigCommand({ FunctionName: 'provisioned', Qualifier: '1' })), {
      name: 'ProvisionedConcurrencyConfigNotFoundException', message: 'No Provisioned Concurrency Config found for this function',
    });
  });
});
