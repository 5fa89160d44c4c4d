import { after, before, describe, test } from 'node:test';
import { CancelMessageMoveTaskCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSqs } from './sqs-test-kit.js';

// Cancelling a running task is covered in start-message-move-task.test.ts.
describe('SQS CancelMessageMoveTask', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  before(async () => ({ kumo, sqs } = await startSqs()));
  after(() => kumo.stop());

  test('an unknown handle is ResourceNotFoundException', async () => {
    const handle = Buffer.from(JSON.stringify({ taskId: 'x', sourceArn: 'arn:aws:sqs:us-east-1:000000000000:none' })).toString('base64');
    await rejects(sqs.send(new CancelMessageMoveTaskCommand({ TaskHandle: handle })), 'ResourceNotFoundException', 'Task does not exist.', 404);
  });
});
