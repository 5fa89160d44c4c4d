import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateQueueCommand, GetQueueUrlCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSqs } from './sqs-test-kit.js';

describe('SQS GetQueueUrl', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  before(async () => ({ kumo, sqs } = await startSqs()));
  after(() => kumo.stop());

  test('finds a queue by name, also in another account by owner id', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'mine' }));
    assert.equal((await sqs.send(new GetQueueUrlCommand({ QueueName: 'mine' }))).QueueUrl, QueueUrl);

    const other = new SQSClient({ ...kumo.clientConfig, credentials: { accessKeyId: '111122223333', secretAccessKey: 'x' } });
    const theirs = await other.send(new CreateQueueCommand({ QueueName: 'shared' }));
    assert.equal(theirs.QueueUrl, `${kumo.url}/111122223333/shared`);
    await rejects(sqs.send(new GetQueueUrlCommand({ QueueName: 'shared' })), 'QueueDoesNotExist', 'The specified queue does not exist.');
    const found = await sqs.send(new GetQueueUrlCommand({ QueueName: 'shared', QueueOwnerAWSAccountId: '111122223333' }));
    assert.equal(found.QueueUrl, theirs.QueueUrl);
    // The URL reaches the owner's queue whoever sends.
    await sqs.send(new SendMessageCommand({ QueueUrl: found.QueueUrl, MessageBody: 'cross-account' }));
  });

  test('a missing queue is QueueDoesNotExist with the query-era code in x-amzn-query-error', async () => {
    const response = await fetch(kumo.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AmazonSQS.GetQueueUrl' },
      body: JSON.stringify({ QueueName: 'nope' }),
    });
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('x-amzn-query-error'), 'AWS.SimpleQueueService.NonExistentQueue;Sender');
    assert.deepEqual(await response.json(), { __type: 'QueueDoesNotExist', message: 'The specified queue does not exist.' });
  });
});
