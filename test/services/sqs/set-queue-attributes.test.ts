import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateQueueCommand, GetQueueAttributesCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSqs } from './sqs-test-kit.js';

describe('SQS SetQueueAttributes', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  before(async () => ({ kumo, sqs } = await startSqs()));
  after(() => kumo.stop());

  const attributes = async (QueueUrl: string) =>
    (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }))).Attributes ?? {};

  test('sets policy, redrive policy and redrive-allow policy; an empty value removes them', async () => {
    const dlq = await sqs.send(new CreateQueueCommand({ QueueName: 'dlq' }));
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'main' }));
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: '*' }] });
    await sqs.send(new SetQueueAttributesCommand({
      QueueUrl,
      Attributes: {
        Policy: policy,
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: 'arn:aws:sqs:us-east-1:000000000000:dlq', maxReceiveCount: '3' }),
        VisibilityTimeout: '10',
      },
    }));
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, Attributes: { RedriveAllowPolicy: JSON.stringify({ redrivePermission: 'denyAll' }) } }));
    const set = await attributes(QueueUrl!);
    assert.equal(set.Policy, policy);
    assert.equal(set.RedrivePolicy, '{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:000000000000:dlq","maxReceiveCount":3}');
    assert.equal(set.VisibilityTimeout, '10');
    assert.equal((await attributes(dlq.QueueUrl!)).RedriveAllowPolicy, '{"redrivePermission":"denyAll"}');
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { Policy: '', RedrivePolicy: '' } }));
    const cleared = await attributes(QueueUrl!);
    assert.equal(cleared.Policy, undefined);
    assert.equal(cleared.RedrivePolicy, undefined);
  });

  test('refuses bad values and attributes that cannot change', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'strict' }));
    await rejects(sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { DelaySeconds: '901' } })), 'InvalidAttributeValue', 'Invalid value for the parameter DelaySeconds.');
    await rejects(sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { QueueArn: 'x' } })), 'InvalidAttributeName', 'Unknown Attribute QueueArn.');
    await rejects(
      sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { RedrivePolicy: '{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:000000000000:strict","maxReceiveCount":0}' } })),
      'InvalidParameterValue',
      /Reason: Invalid value for maxReceiveCount: 0, valid values are from 1 to 1000 both inclusive\.$/,
    );
    await rejects(sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { RedrivePolicy: 'nope' } })), 'InvalidParameterValue', /Redrive policy is not a valid JSON map/);
    await rejects(sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { Policy: '{bad' } })), 'InvalidAttributeValue', 'Invalid value for the parameter Policy.');
  });
});
