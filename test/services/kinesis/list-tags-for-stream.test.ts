import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AddTagsToStreamCommand, KinesisClient, ListTagsForStreamCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis ListTagsForStream', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('tags in key order, paged with Limit and ExclusiveStartTagKey', async () => {
    await createStream(kinesis, 'list-tags');
    await kinesis.send(new AddTagsToStreamCommand({ StreamName: 'list-tags', Tags: { c: '3', a: '1', b: '2' } }));
    const first = await kinesis.send(new ListTagsForStreamCommand({ StreamName: 'list-tags', Limit: 2 }));
    assert.deepEqual(first.Tags, [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }]);
    assert.equal(first.HasMoreTags, true);
    const rest = await kinesis.send(new ListTagsForStreamCommand({ StreamName: 'list-tags', ExclusiveStartTagKey: 'b' }));
    assert.deepEqual(rest.Tags, [{ Key: 'c', Value: '3' }]);
    assert.equal(rest.HasMoreTags, false);
  });
});
