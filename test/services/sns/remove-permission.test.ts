import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AddPermissionCommand, CreateTopicCommand, GetTopicAttributesCommand, RemovePermissionCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSns } from './sns-test-kit.js';

describe('SNS RemovePermission', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('removes the labelled statement and keeps the others', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'shared' }));
    await sns.send(new AddPermissionCommand({ TopicArn, Label: 'a', AWSAccountId: ['111122223333', '444455556666'], ActionName: ['Publish', 'Subscribe'] }));
    await sns.send(new RemovePermissionCommand({ TopicArn, Label: 'a' }));
    await sns.send(new RemovePermissionCommand({ TopicArn, Label: 'not-there' }));
    const policy = JSON.parse((await sns.send(new GetTopicAttributesCommand({ TopicArn }))).Attributes!.Policy!) as { Statement: Array<{ Sid: string }> };
    assert.deepEqual(policy.Statement.map((s) => s.Sid), ['__default_statement_ID']);
  });
});
