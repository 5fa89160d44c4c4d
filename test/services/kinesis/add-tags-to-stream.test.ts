import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AddTagsToStreamCommand, KinesisClient } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, rejects, startKinesis } from './kinesis-test-kit.js';
import { streamTags } from './tags-kit.js';

describe('Kinesis AddTagsToStream', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('adds and overwrites tags; at most 10 per call and 50 per stream', async () => {
    await createStream(kinesis, 'tagged');
    await kinesis.send(new AddTagsToStreamCommand({ StreamName: 'tagged', Tags: { env: 'dev', team: 'a' } }));
    await kinesis.send(new AddTagsToStreamCommand({ StreamName: 'tagged', Tags: { env: 'prod' } }));
    assert.deepEqual(await streamTags(kinesis, 'tagged'), { env: 'prod', team: 'a' });
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v']));
    await rejects(kinesis.send(new AddTagsToStreamCommand({ StreamName: 'tagged', Tags: eleven })), 'ValidationException', /at 'tags' failed to satisfy constraint: Member must have length less than or equal to 10$/);
    for (let batch = 0; batch < 4; batch++) {
      const tags = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`b${batch}-${i}`, 'v']));
      await kinesis.send(new AddTagsToStreamCommand({ StreamName: 'tagged', Tags: tags }));
    }
    await rejects(
      kinesis.send(new AddTagsToStreamCommand({ StreamName: 'tagged', Tags: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`x${i}`, 'v'])) })),
      'InvalidArgumentException',
      'Failed to add tags to stream because a given stream cannot have more than 50 tags associated with it.',
    );
  });
});
