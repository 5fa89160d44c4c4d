import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateStreamCommand, DescribeLimitsCommand, KinesisClient } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis DescribeLimits', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('counts open shards and on-demand streams against the default quotas', async () => {
    await createStream(kinesis, 'p', 3);
    await kinesis.send(new CreateStreamCommand({ StreamName: 'od', StreamModeDetails: { StreamMode: 'ON_DEMAND' } }));
    const out = await kinesis.send(new DescribeLimitsCommand({}));
    assert.deepEqual([out.ShardLimit, out.OpenShardCount, out.OnDemandStreamCount, out.OnDemandStreamCountLimit], [500, 7, 1, 50]);
  });
});
