import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateQueueCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSqs } from './sqs-test-kit.js';

describe('SQS ListQueues', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  before(async () => {
    ({ kumo, sqs } = await startSqs());
    for (const name of ['app-a', 'app-b', 'app-c', 'other']) await sqs.send(new CreateQueueCommand({ QueueName: name }));
  });
  after(() => kumo.stop());

  test('lists by prefix, and pages with MaxResults and NextToken', async () => {
    const all = await sqs.send(new ListQueuesCommand({}));
    assert.equal(all.QueueUrls?.length, 4);
    assert.equal(all.NextToken, undefined);
    const apps = await sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'app-' }));
    assert.deepEqual(apps.QueueUrls?.map((u) => u.split('/').pop()), ['app-a', 'app-b', 'app-c']);
    const first = await sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'app-', MaxResults: 2 }));
    assert.deepEqual(first.QueueUrls?.map((u) => u.split('/').pop()), ['app-a', 'app-b']);
    assert.ok(first.NextToken);
    const second = await sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'app-', MaxResults: 2, NextToken: first.NextToken }));
    assert.deepEqual(second.QueueUrls?.map((u) => u.split('/').pop()), ['app-c']);
    assert.equal(second.NextToken, undefined);
    assert.equal((await sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'zzz' }))).QueueUrls, undefined);
  });

  test('MaxResults must be 1 to 1000', async () => {
    await rejects(sqs.send(new ListQueuesCommand({ MaxResults: 0 })), 'InvalidParameterValue', 'Value 0 for parameter MaxResults is invalid. Reason: MaxResults must be an integer between 1 and 1000.');
  });
});
