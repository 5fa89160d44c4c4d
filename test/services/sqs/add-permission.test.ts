import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AddPermissionCommand, CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSqs } from './sqs-test-kit.js';

describe('SQS AddPermission', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  before(async () => ({ kumo, sqs } = await startSqs()));
  after(() => kumo.stop());

  test('writes a labelled statement into the queue policy; a label is used once', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'perm' }));
    await sqs.send(new AddPermissionCommand({ QueueUrl, Label: 'send', AWSAccountIds: ['111122223333'], Actions: ['SendMessage'] }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['Policy'] }));
    assert.deepEqual(JSON.parse(Attributes!.Policy!), {
      Version: '2012-10-17',
      Id: 'arn:aws:sqs:us-east-1:000000000000:perm/SQSDefaultPolicy',
      Statement: [{
        Sid: 'send',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:root' },
        Action: 'SQS:SendMessage',
        Resource: 'arn:aws:sqs:us-east-1:000000000000:perm',
      }],
    });
    await rejects(
      sqs.send(new AddPermissionCommand({ QueueUrl, Label: 'send', AWSAccountIds: ['111122223333'], Actions: ['ReceiveMessage'] })),
      'InvalidParameterValue',
      'Value send for parameter Label is invalid. Reason: Already exists.',
    );
  });
});
