import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CancelMessageMoveTaskCommand,
  CreateQueueCommand,
  ListMessageMoveTasksCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, rejects, startSqs } from './sqs-test-kit.js';

const arn = (name: string) => `arn:aws:sqs:us-east-1:000000000000:${name}`;

describe('SQS StartMessageMoveTask, ListMessageMoveTasks, CancelMessageMoveTask', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  let dlq: string;
  let source: string;
  before(async () => {
    ({ kumo, sqs } = await startSqs());
    dlq = (await sqs.send(new CreateQueueCommand({ QueueName: 'mt-dlq' }))).QueueUrl!;
    const RedrivePolicy = JSON.stringify({ deadLetterTargetArn: arn('mt-dlq'), maxReceiveCount: 1 });
    source = (await sqs.send(new CreateQueueCommand({ QueueName: 'mt-src', Attributes: { RedrivePolicy, VisibilityTimeout: '1' } }))).QueueUrl!;
  });
  after(() => kumo.stop());

  /** Sends n messages through the source until they land in the DLQ. */
  const poison = async (n: number) => {
    for (let i = 0; i < n; i++) await sqs.send(new SendMessageCommand({ QueueUrl: source, MessageBody: `p${i}` }));
    await sqs.send(new ReceiveMessageCommand({ QueueUrl: source, MaxNumberOfMessages: 10 }));
    await advanceClock(kumo, 2);
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: source, MaxNumberOfMessages: 10 }))).Messages, undefined);
  };

  test('redrives DLQ messages back to their source queue at the task rate', async () => {
    await poison(3);
    const { TaskHandle } = await sqs.send(new StartMessageMoveTaskCommand({ SourceArn: arn('mt-dlq'), MaxNumberOfMessagesPerSecond: 2 }));
    assert.ok(TaskHandle);
    let [task] = (await sqs.send(new ListMessageMoveTasksCommand({ SourceArn: arn('mt-dlq') }))).Results!;
    assert.equal(task?.Status, 'RUNNING');
    assert.equal(task?.TaskHandle, TaskHandle);
    assert.equal(task?.ApproximateNumberOfMessagesToMove, 3);
    await advanceClock(kumo, 1);
    await advanceClock(kumo, 1);
    [task] = (await sqs.send(new ListMessageMoveTasksCommand({ SourceArn: arn('mt-dlq') }))).Results!;
    assert.equal(task?.Status, 'COMPLETED');
    assert.equal(task?.ApproximateNumberOfMessagesMoved, 3);
    assert.equal(task?.TaskHandle, undefined);
    const back = await sqs.send(new ReceiveMessageCommand({ QueueUrl: source, MaxNumberOfMessages: 10, MessageSystemAttributeNames: ['ApproximateReceiveCount'] }));
    assert.deepEqual(back.Messages?.map((m) => m.Body).sort(), ['p0', 'p1', 'p2']);
    assert.ok(back.Messages?.every((m) => m.Attributes?.ApproximateReceiveCount === '1'));
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlq }))).Messages, undefined);
  });

  test('a running task can be cancelled once; sources must be dead-letter queues', async () => {
    await advanceClock(kumo, 2);
    await poison(2);
    const { TaskHandle } = await sqs.send(new StartMessageMoveTaskCommand({ SourceArn: arn('mt-dlq'), DestinationArn: arn('mt-src') }));
    await rejects(
      sqs.send(new StartMessageMoveTaskCommand({ SourceArn: arn('mt-dlq') })),
      'InvalidParameterValue',
      'There is already a task running. Only one active task is allowed for a source queue arn at a given time.',
    );
    const cancelled = await sqs.send(new CancelMessageMoveTaskCommand({ TaskHandle }));
    assert.equal(cancelled.ApproximateNumberOfMessagesMoved, 0);
    const results = (await sqs.send(new ListMessageMoveTasksCommand({ SourceArn: arn('mt-dlq'), MaxResults: 10 }))).Results!;
    assert.deepEqual(results.map((r) => r.Status), ['CANCELLED', 'COMPLETED']);
    await rejects(sqs.send(new CancelMessageMoveTaskCommand({ TaskHandle })), 'InvalidParameterValue', 'Only active tasks can be cancelled.');
    await rejects(sqs.send(new StartMessageMoveTaskCommand({ SourceArn: arn('mt-src') })), 'InvalidParameterValue', 'Source queue must be configured as a Dead Letter Queue.');
    await rejects(sqs.send(new StartMessageMoveTaskCommand({ SourceArn: arn('none') })), 'ResourceNotFoundException', /SourceArn parameter doesn't exist/, 404);
  });
});
