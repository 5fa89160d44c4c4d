import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateQueueCommand, ListQueueTagsCommand, SQSClient, UntagQueueCommand } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSqs } from './sqs-test-kit.js';

describe('SQS UntagQueue', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  before(async () => ({ kumo, sqs } = await startSqs()));
  after(() => kumo.stop());

  test('removes the named keys; unknown keys are ignored', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'untag', tags: { a: '1', b: '2' } }));
    await sqs.send(new UntagQueueCommand({ QueueUrl, TagKeys: ['a', 'zzz'] }));
    assert.deepEqual((await sqs.send(new ListQueueTagsCommand({ QueueUrl }))).Tags, { b: '2' });
    await sqs.send(new UntagQueueCommand({ QueueUrl, TagKeys: ['b'] }));
    assert.equal((await sqs.send(new ListQueueTagsCommand({ QueueUrl }))).Tags, undefined);
  });
});
