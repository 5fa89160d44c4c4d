import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeStreamCommand, EnableEnhancedMonitoringCommand, KinesisClient } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, rejects, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis EnableEnhancedMonitoring', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('turns on shard-level metrics, ALL meaning every one; DescribeStream shows them', async () => {
    const arn = await createStream(kinesis, 'watched');
    const out = await kinesis.send(new EnableEnhancedMonitoringCommand({ StreamName: 'watched', ShardLevelMetrics: ['IncomingBytes'] }));
    assert.deepEqual([out.StreamName, out.StreamARN, out.CurrentShardLevelMetrics, out.DesiredShardLevelMetrics], ['watched', arn, [], ['IncomingBytes']]);
    const all = await kinesis.send(new EnableEnhancedMonitoringCommand({ StreamName: 'watched', ShardLevelMetrics: ['ALL'] }));
    assert.equal(all.DesiredShardLevelMetrics?.length, 7);
    const { StreamDescription } = await kinesis.send(new DescribeStreamCommand({ StreamName: 'watched' }));
    assert.equal(StreamDescription?.EnhancedMonitoring?.[0]?.ShardLevelMetrics?.length, 7);
    await rejects(
      kinesis.send(new EnableEnhancedMonitoringCommand({ StreamName: 'watched', ShardLevelMetrics: ['Bogus'] })),
      'ValidationException',
      /^1 validation error detected: Value 'Bogus' at 'shardLevelMetrics.1.member' failed to satisfy constraint: Member must satisfy enum value set: \[IncomingBytes, /,
    );
  });
});
