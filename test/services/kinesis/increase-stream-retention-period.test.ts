import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeStreamSummaryCommand, IncreaseStreamRetentionPeriodCommand, KinesisClient } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, rejects, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis IncreaseStreamRetentionPeriod', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('raises the period up to 8760 hours; shorter than now or out of bounds is InvalidArgumentException', async () => {
    await createStream(kinesis, 'longer');
    await kinesis.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: 'longer', RetentionPeriodHours: 72 }));
    const { StreamDescriptionSummary } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'longer' }));
    assert.equal(StreamDescriptionSummary?.RetentionPeriodHours, 72);
    await rejects(
      kinesis.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: 'longer', RetentionPeriodHours: 48 })),
      'InvalidArgumentException',
      'Requested retention period (48 hours) for stream longer can not be shorter than existing retention period (72 hours). Use DecreaseRetentionPeriod API.',
    );
    await rejects(
      kinesis.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: 'longer', RetentionPeriodHours: 9000 })),
      'InvalidArgumentException',
      'Maximum allowed retention period is 8760 hours. Requested retention period (9000 hours) is too long.',
    );
  });
});
