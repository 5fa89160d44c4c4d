import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DecreaseStreamRetentionPeriodCommand, DescribeStreamSummaryCommand, IncreaseStreamRetentionPeriodCommand, KinesisClient } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, rejects, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis DecreaseStreamRetentionPeriod', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('lowers the period, not below 24 hours nor above the current one', async () => {
    await createStream(kinesis, 'shorter');
    await kinesis.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: 'shorter', RetentionPeriodHours: 100 }));
    await kinesis.send(new DecreaseStreamRetentionPeriodCommand({ StreamName: 'shorter', RetentionPeriodHours: 30 }));
    const { StreamDescriptionSummary } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'shorter' }));
    assert.equal(StreamDescriptionSummary?.RetentionPeriodHours, 30);
    await rejects(
      kinesis.send(new DecreaseStreamRetentionPeriodCommand({ StreamName: 'shorter', RetentionPeriodHours: 12 })),
      'InvalidArgumentException',
      'Minimum allowed retention period is 24 hours. Requested retention period (12 hours) is too short.',
    );
    await rejects(
      kinesis.send(new DecreaseStreamRetentionPeriodCommand({ StreamName: 'shorter', RetentionPeriodHours: 40 })),
      'InvalidArgumentException',
      'Requested retention period (40 hours) for stream shorter can not be longer than existing retention period (30 hours). Use IncreaseRetentionPeriod API.',
    );
  });
});
