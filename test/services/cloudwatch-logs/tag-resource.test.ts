import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateLogGroupCommand, ListTagsForResourceCommand, ListTagsLogGroupCommand, TagLogGroupCommand, TagResourceCommand, UntagLogGroupCommand,
  UntagResourceCommand, type CloudWatchLogsClient,
} from '@aws-sdk/client-cloudwatch-logs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startLogsKumo } from './support.js';

describe('CloudWatch Logs tags', () => {
  let kumo: EmbeddedKumo;
  let logs: CloudWatchLogsClient;
  const arn = 'arn:aws:logs:us-east-1:000000000000:log-group:t';
  before(async () => {
    ({ kumo, logs } = await startLogsKumo());
    await logs.send(new CreateLogGroupCommand({ logGroupName: 't', tags: { a: '1' } }));
  });
  after(() => kumo.stop());

  test('TagResource, UntagResource and ListTagsForResource by ARN', async () => {
    await logs.send(new TagResourceCommand({ resourceArn: arn, tags: { b: '2' } }));
    assert.deepEqual((await logs.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags, { a: '1', b: '2' });
    await logs.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['a'] }));
    assert.deepEqual((await logs.send(new ListTagsForResourceCommand({ resourceArn: `${arn}:*` }))).tags, { b: '2' });
    await assert.rejects(logs.send(new ListTagsForResourceCommand({ resourceArn: `${arn}x` })), { name: 'ResourceNotFoundException' });
    await assert.rejects(logs.send(new TagResourceCommand({ resourceArn: arn, tags: { 'aws:x': '1' } })), { name: 'InvalidParameterException' });
  });

  test('the older name-based calls see the same tags', async () => {
    await logs.send(new TagLogGroupCommand({ logGroupName: 't', tags: { c: '3' } }));
    await logs.send(new UntagLogGroupCommand({ logGroupName: 't', tags: ['b'] }));
    assert.deepEqual((await logs.send(new ListTagsLogGroupCommand({ logGroupName: 't' }))).tags, { c: '3' });
  });
});
