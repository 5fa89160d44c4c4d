import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AddPermissionCommand, CreateTopicCommand, GetTopicAttributesCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS AddPermission', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('adds a statement labelled by Sid to the default policy; a repeated label is refused', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'shared' }));
    await sns.send(new AddPermissionCommand({ TopicArn, Label: 'partner', AWSAccountId: ['111122223333'], ActionName: ['Publish'] }));
    const policy = JSON.parse((await sns.send(new GetTopicAttributesCommand({ TopicArn }))).Attributes!.Policy!) as { Statement: Array<Record<string, unknown>> };
    assert.equal(policy.Statement.length, 2);
    assert.deepEqual(policy.Statement[1], {
      Sid: 'partner', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'SNS:Publish', Resource: TopicArn,
    });
    await rejects(sns.send(new AddPermissionCommand({ TopicArn, Label: 'partner', AWSAccountId: ['111122223333'], ActionName: ['Subscribe'] })), 'InvalidParameter', 'Invalid parameter: Statement already exists');
  });
});
