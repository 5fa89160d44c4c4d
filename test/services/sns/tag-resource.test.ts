import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, ListTagsForResourceCommand, SNSClient, TagResourceCommand } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS TagResource', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('adds tags and replaces values of existing keys', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'tagged', Tags: [{ Key: 'a', Value: '1' }] }));
    await sns.send(new TagResourceCommand({ ResourceArn: TopicArn, Tags: [{ Key: 'a', Value: '2' }, { Key: 'b', Value: '3' }] }));
    assert.deepEqual((await sns.send(new ListTagsForResourceCommand({ ResourceArn: TopicArn }))).Tags, [{ Key: 'a', Value: '2' }, { Key: 'b', Value: '3' }]);
  });

  test('50 tags at most; a missing topic is ResourceNotFound', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'full' }));
    await sns.send(new TagResourceCommand({ ResourceArn: TopicArn, Tags: Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) }));
    await rejects(sns.send(new TagResourceCommand({ ResourceArn: TopicArn, Tags: [{ Key: 'one-more', Value: 'v' }] })), 'TagLimitExceeded', 'Could not complete request: tag quota of per resource exceeded');
    await rejects(sns.send(new TagResourceCommand({ ResourceArn: 'arn:aws:sns:us-east-1:000000000000:none', Tags: [{ Key: 'a', Value: 'b' }] })), 'ResourceNotFound', 'Resource does not exist', 404);
    await rejects(sns.send(new TagResourceCommand({ ResourceArn: TopicArn, Tags: [{ Key: 'aws:reserved', Value: 'b' }] })), 'InvalidParameter', /aws:/);
  });
});
