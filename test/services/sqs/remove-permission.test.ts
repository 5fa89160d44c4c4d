import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AddPermissionCommand, CreateQueueCommand, GetQueueAttributesCommand, RemovePermissionCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSqs } from './sqs-test-kit.js';

describe('SQS RemovePermission', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  before(async () => ({ kumo, sqs } = await startSqs()));
  after(() => kumo.stop());

  test('removes the labelled statement; the last one takes the policy with it', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'unperm' }));
    await sqs.send(new AddPermissionCommand({ QueueUrl, Label: 'a', AWSAccountIds: ['111122223333'], Actions: ['SendMessage'] }));
    await sqs.send(new AddPermissionCommand({ QueueUrl, Label: 'b', AWSAccountIds: ['111122223333'], Actions: ['ReceiveMessage', 'DeleteMessage'] }));
    await sqs.send(new RemovePermissionCommand({ QueueUrl, Label: 'a' }));
    const policy = async () => (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['Policy'] }))).Attributes?.Policy;
    assert.deepEqual(JSON.parse((await policy())!).Statement.map((s: { Sid: string }) => s.Sid), ['b']);
    await sqs.send(new RemovePermissionCommand({ QueueUrl, Label: 'b' }));
    assert.equal(await policy(), undefined);
    await rejects(sqs.send(new RemovePermissionCommand({ QueueUrl, Label: 'b' })), 'InvalidParameterValue', "Value b for parameter Label is invalid. Reason: can't find label on existing policy.");
  });
});
