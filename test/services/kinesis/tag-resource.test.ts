import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { KinesisClient, ListTagsForResourceCommand, TagResourceCommand, UntagResourceCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, rejects, startKinesis } from './kinesis-test-kit.js';
import { streamTags } from './tags-kit.js';

describe('Kinesis TagResource', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('tags a stream by ARN; the stream-named operations see the same tags', async () => {
    const arn = await createStream(kinesis, 'by-arn');
    await kinesis.send(new TagResourceCommand({ ResourceARN: arn, Tags: { owner: 'me' } }));
    assert.deepEqual(await streamTags(kinesis, 'by-arn'), { owner: 'me' });
    const { Tags } = await kinesis.send(new ListTagsForResourceCommand({ ResourceARN: arn }));
    assert.deepEqual(Tags, [{ Key: 'owner', Value: 'me' }]);
    await kinesis.send(new UntagResourceCommand({ ResourceARN: arn, TagKeys: ['owner'] }));
    assert.deepEqual(await streamTags(kinesis, 'by-arn'), {});
    await rejects(
      kinesis.send(new TagResourceCommand({ ResourceARN: 'arn:aws:kinesis:us-east-1:000000000000:stream/missing', Tags: { a: 'b' } })),
      'ResourceNotFoundException',
      'Stream missing under account 000000000000 not found.',
    );
  });
});
