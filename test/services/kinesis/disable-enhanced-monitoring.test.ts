import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DisableEnhancedMonitoringCommand, EnableEnhancedMonitoringCommand, KinesisClient } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis DisableEnhancedMonitoring', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('turns off the named metrics and reports before and after', async () => {
    await createStream(kinesis, 'unwatched');
    await kinesis.send(new EnableEnhancedMonitoringCommand({ StreamName: 'unwatched', ShardLevelMetrics: ['IncomingBytes', 'OutgoingBytes'] }));
    const out = await kinesis.send(new DisableEnhancedMonitoringCommand({ StreamName: 'unwatched', ShardLevelMetrics: ['IncomingBytes'] }));
    assert.deepEqual([out.CurrentShardLevelMetrics, out.DesiredShardLevelMetrics], [['IncomingBytes', 'OutgoingBytes'], ['OutgoingBytes']]);
  });
});
