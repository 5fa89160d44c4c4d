import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, ListTagsForResourceCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS ListTagsForResource', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('lists tags in the order they were added; none is an empty list', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'ordered', Tags: [{ Key: 'z', Value: '1' }, { Key: 'a', Value: '' }] }));
    assert.deepEqual((await sns.send(new ListTagsForResourceCommand({ ResourceArn: TopicArn }))).Tags, [{ Key: 'z', Value: '1' }, { Key: 'a', Value: '' }]);
    const bare = (await sns.send(new CreateTopicCommand({ Name: 'bare' }))).TopicArn;
    assert.deepEqual((await sns.send(new ListTagsForResourceCommand({ ResourceArn: bare }))).Tags ?? [], []);
    await rejects(sns.send(new ListTagsForResourceCommand({ ResourceArn: 'arn:aws:sns:us-east-1:000000000000:none' })), 'ResourceNotFound', 'Resource does not exist', 404);
  });
});
