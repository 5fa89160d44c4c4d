import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateQueueCommand, ListMessageMoveTasksCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSqs } from './sqs-test-kit.js';

// Running, completed and cancelled tasks are covered in start-message-move-task.test.ts.
describe('SQS ListMessageMoveTasks', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  before(async () => ({ kumo, sqs } = await startSqs()));
  after(() => kumo.stop());

  test('no tasks yet is an empty list; MaxResults is 1 to 10', async () => {
    await sqs.send(new CreateQueueCommand({ QueueName: 'quiet' }));
    const SourceArn = 'arn:aws:sqs:us-east-1:000000000000:quiet';
    assert.deepEqual((await sqs.send(new ListMessageMoveTasksCommand({ SourceArn }))).Results, []);
    await rejects(sqs.send(new ListMessageMoveTasksCommand({ SourceArn, MaxResults: 11 })), 'InvalidParameterValue', /parameter MaxResults is invalid/);
  });
});
