import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateQueueCommand, GetQueueAttributesCommand, PurgeQueueCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, rejects, startSqs } from './sqs-test-kit.js';

describe('SQS PurgeQueue', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  before(async () => ({ kumo, sqs } = await startSqs()));
  after(() => kumo.stop());

  test('empties the queue; a second purge within 60 s is PurgeQueueInProgress', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'purge-me' }));
    for (let i = 0; i < 3; i++) await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: `m${i}` }));
    await sqs.send(new PurgeQueueCommand({ QueueUrl }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
    assert.equal(Attributes?.ApproximateNumberOfMessages, '0');
    await rejects(sqs.send(new PurgeQueueCommand({ QueueUrl })), 'PurgeQueueInProgress', 'Only one PurgeQueue operation on purge-me is allowed every 60 seconds.', 403);
    await advanceClock(kumo, 60);
    await sqs.send(new PurgeQueueCommand({ QueueUrl }));
  });
});
