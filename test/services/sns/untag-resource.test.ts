import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, ListTagsForResourceCommand, SNSClient, UntagResourceCommand } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS UntagResource', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('removes the named keys; unknown keys are ignored', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'untag', Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] }));
    await sns.send(new UntagResourceCommand({ ResourceArn: TopicArn, TagKeys: ['a', 'zzz'] }));
    assert.deepEqual((await sns.send(new ListTagsForResourceCommand({ ResourceArn: TopicArn }))).Tags, [{ Key: 'b', Value: '2' }]);
    await rejects(sns.send(new UntagResourceCommand({ ResourceArn: `${TopicArn}-none`, TagKeys: ['b'] })), 'ResourceNotFound', 'Resource does not exist', 404);
  });
});
