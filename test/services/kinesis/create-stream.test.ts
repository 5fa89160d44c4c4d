import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateStreamCommand, DescribeStreamSummaryCommand, KinesisClient, ListTagsForStreamCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis CreateStream', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('a provisioned stream with tags; the name is taken afterwards', async () => {
    await kinesis.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 3, Tags: { team: 'a' } }));
    const { StreamDescriptionSummary: s } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }));
    assert.equal(s?.StreamStatus, 'ACTIVE');
    assert.equal(s?.StreamARN, 'arn:aws:kinesis:us-east-1:000000000000:stream/orders');
    assert.deepEqual(s?.StreamModeDetails, { StreamMode: 'PROVISIONED' });
    assert.equal(s?.OpenShardCount, 3);
    assert.equal(s?.RetentionPeriodHours, 24);
    assert.equal(s?.EncryptionType, 'NONE');
    const { Tags } = await kinesis.send(new ListTagsForStreamCommand({ StreamName: 'orders' }));
    assert.deepEqual(Tags, [{ Key: 'team', Value: 'a' }]);
    await rejects(kinesis.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 1 })), 'ResourceInUseException', 'Stream orders under account 000000000000 already exists.');
  });

  test('ON_DEMAND starts with four shards, and is the mode when no shard count is given', async () => {
    await kinesis.send(new CreateStreamCommand({ StreamName: 'od', StreamModeDetails: { StreamMode: 'ON_DEMAND' } }));
    await kinesis.send(new CreateStreamCommand({ StreamName: 'od2' }));
    for (const StreamName of ['od', 'od2']) {
      const { StreamDescriptionSummary: s } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName }));
      assert.deepEqual(s?.StreamModeDetails, { StreamMode: 'ON_DEMAND' });
      assert.equal(s?.OpenShardCount, 4);
    }
  });

  test('bad names and counts are ValidationException', async () => {
    await rejects(
      kinesis.send(new CreateStreamCommand({ StreamName: 'bad name', ShardCount: 0 })),
      'ValidationException',
      "2 validation errors detected: Value 'bad name' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value '0' at 'shardCount' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
    await rejects(
      kinesis.send(new CreateStreamCommand({ StreamName: 'x', StreamModeDetails: { StreamMode: 'PROVISIONED' } })),
      'InvalidArgumentException',
      'ShardCount is required for PROVISIONED stream mode.',
    );
  });
});
