import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createNodeFunction, startLambdaKumo } from './support.js';

describe('Lambda Event invocations', () => {
  let kumo: EmbeddedKumo;
  let lambda: LambdaClient;
  let logs: CloudWatchLogsClient;
  let sqs: SQSClient;
  let advance: (seconds: number) => Promise<void>;
  before(async () => {
    ({ kumo, lambda, advance } = await startLambdaKumo(['lambda', 'cloudwatch-logs', 'sqs']));
    logs = new CloudWatchLogsClient(kumo.clientConfig);
    sqs = new SQSClient(kumo.clientConfig);
  });
  after(() => kumo.stop());

  /** Waits (briefly, in real time) until the function's log shows `count` invocations. */
  async function invocations(name: string, count: number): Promise<number> {
    let seen = 0;
    for (let i = 0; i < 50 && seen < count; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const out = await logs.send(new FilterLogEventsCommand({ logGroupName: `/aws/lambda/${name}`, filterPattern: 'START' })).catch(() => ({ events: [] }));
      seen = out.events?.length ?? 0;
    }
    return seen;
  }

  test('a failing event is retried twice on Kumo\'s clock, then sent to the dead-letter queue', async () => {
    const queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'dlq' }))).QueueUrl!;
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }));
    await createNodeFunction(lambda, 'flaky', 'export const handler = async () => { throw new Error("always"); };', { DeadLetterConfig: { TargetArn: Attributes!.QueueArn! } });
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'flaky', InvocationType: 'Event', Payload: Buffer.from('{"order":7}') }));
    assert.equal(out.StatusCode, 202);
    assert.equal(await invocations('flaky', 1), 1);
    await advance(61);
    assert.equal(await invocations('flaky', 2), 2);
    await advance(121);
    assert.equal(await invocations('flaky', 3), 3);
    let message;
    for (let i = 0; i < 40 && !message; i++) {
      message = (await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MessageAttributeNames: ['All'] }))).Messages?.[0];
      if (!message) await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal(message?.Body, '{"order":7}');
    assert.equal(message?.MessageAttributes?.ErrorCode?.StringValue, 'Error');
    assert.equal(message?.MessageAttributes?.ErrorMessage?.StringValue, 'always');
  });
});
