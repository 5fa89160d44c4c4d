import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateQueueCommand, ListQueueTagsCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSqs } from './sqs-test-kit.js';

describe('SQS ListQueueTags', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  before(async () => ({ kumo, sqs } = await startSqs()));
  after(() => kumo.stop());

  test('shows the tags of a queue; none for an untagged queue', async () => {
    const tagged = await sqs.send(new CreateQueueCommand({ QueueName: 't1', tags: { k: 'v' } }));
    const plain = await sqs.send(new CreateQueueCommand({ QueueName: 't2' }));
    assert.deepEqual((await sqs.send(new ListQueueTagsCommand({ QueueUrl: tagged.QueueUrl }))).Tags, { k: 'v' });
    assert.equal((await sqs.send(new ListQueueTagsCommand({ QueueUrl: plain.QueueUrl }))).Tags, undefined);
    await rejects(sqs.send(new ListQueueTagsCommand({ QueueUrl: `${kumo.url}/000000000000/none` })), 'QueueDoesNotExist', 'The specified queue does not exist.');
  });
});
