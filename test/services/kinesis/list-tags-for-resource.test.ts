import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateStreamCommand, KinesisClient, ListTagsForResourceCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startKinesis } from './kinesis-test-kit.js';

describe('Kinesis ListTagsForResource', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('lists the tags CreateStream set, in key order', async () => {
    await kinesis.send(new CreateStreamCommand({ StreamName: 'created-tagged', ShardCount: 1, Tags: { z: '26', a: '1' } }));
    const { Tags } = await kinesis.send(new ListTagsForResourceCommand({ ResourceARN: 'arn:aws:kinesis:us-east-1:000000000000:stream/created-tagged' }));
    assert.deepEqual(Tags, [{ Key: 'a', Value: '1' }, { Key: 'z', Value: '26' }]);
  });
});
