import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeStreamSummaryCommand, KinesisClient, UpdateStreamModeCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, rejects, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis UpdateStreamMode', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('switches a provisioned stream to on-demand, keeping its shards', async () => {
    const arn = await createStream(kinesis, 'modal', 2);
    await kinesis.send(new UpdateStreamModeCommand({ StreamARN: arn, StreamModeDetails: { StreamMode: 'ON_DEMAND' } }));
    const { StreamDescriptionSummary: s } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'modal' }));
    assert.deepEqual(s?.StreamModeDetails, { StreamMode: 'ON_DEMAND' });
    assert.equal(s?.OpenShardCount, 2);
    await rejects(
      kinesis.send(new UpdateStreamModeCommand({ StreamARN: arn, StreamModeDetails: { StreamMode: 'ON_DEMAND' } })),
      'InvalidArgumentException',
      'Stream modal under account 000000000000 is already in ON_DEMAND mode.',
    );
  });
});
