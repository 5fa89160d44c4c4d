import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeStreamSummaryCommand, KinesisClient } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, rejects, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis DescribeStreamSummary', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('counts open shards and consumers, by name or ARN', async () => {
    const arn = await createStream(kinesis, 'summary', 2);
    const { StreamDescriptionSummary: s } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamARN: arn }));
    assert.equal(s?.StreamName, 'summary');
    assert.equal(s?.OpenShardCount, 2);
    assert.equal(s?.ConsumerCount, 0);
    assert.ok(s?.StreamCreationTimestamp instanceof Date);
    await rejects(kinesis.send(new DescribeStreamSummaryCommand({})), 'InvalidArgumentException', 'Neither StreamARN nor StreamName has been provided.');
  });
});
