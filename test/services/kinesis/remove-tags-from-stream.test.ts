import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AddTagsToStreamCommand, KinesisClient, RemoveTagsFromStreamCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, rejects, startKinesis } from './kinesis-test-kit.js';
import { streamTags } from './tags-kit.js';

describe('Kinesis RemoveTagsFromStream', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('removes the named keys; unknown keys are ignored', async () => {
    await createStream(kinesis, 'untag');
    await kinesis.send(new AddTagsToStreamCommand({ StreamName: 'untag', Tags: { a: '1', b: '2' } }));
    await kinesis.send(new RemoveTagsFromStreamCommand({ StreamName: 'untag', TagKeys: ['a', 'zzz'] }));
    assert.deepEqual(await streamTags(kinesis, 'untag'), { b: '2' });
    await rejects(kinesis.send(new RemoveTagsFromStreamCommand({ StreamName: 'none', TagKeys: ['a'] })), 'ResourceNotFoundException', 'Stream none under account 000000000000 not found.');
  });
});
