import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { KinesisClient, TagResourceCommand, UntagResourceCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, rejects, startKinesis } from './kinesis-test-kit.js';
import { streamTags } from './tags-kit.js';

describe('Kinesis UntagResource', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('removes keys from the stream the ARN names; other ARNs are refused', async () => {
    const arn = await createStream(kinesis, 'untag-arn');
    await kinesis.send(new TagResourceCommand({ ResourceARN: arn, Tags: { a: '1', b: '2' } }));
    await kinesis.send(new UntagResourceCommand({ ResourceARN: arn, TagKeys: ['b'] }));
    assert.deepEqual(await streamTags(kinesis, 'untag-arn'), { a: '1' });
    await rejects(
      kinesis.send(new UntagResourceCommand({ ResourceARN: 'arn:aws:sqs:us-east-1:000000000000:q', TagKeys: ['a'] })),
      'InvalidArgumentException',
      'Invalid ResourceARN: arn:aws:sqs:us-east-1:000000000000:q. Only stream ARNs are supported.',
    );
  });
});
