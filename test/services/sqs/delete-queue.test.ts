import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateQueueCommand, DeleteQueueCommand, ListQueuesCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSqs } from './sqs-test-kit.js';

describe('SQS DeleteQueue', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  before(async () => ({ kumo, sqs } = await startSqs()));
  after(() => kumo.stop());

  test('deletes the queue and its messages; later calls say it does not exist', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'temp' }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x' }));
    await sqs.send(new DeleteQueueCommand({ QueueUrl }));
    assert.equal((await sqs.send(new ListQueuesCommand({}))).QueueUrls, undefined);
    await rejects(sqs.send(new DeleteQueueCommand({ QueueUrl })), 'QueueDoesNotExist', 'The specified queue does not exist.');
    await rejects(sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x' })), 'QueueDoesNotExist', 'The specified queue does not exist.');
  });
});
