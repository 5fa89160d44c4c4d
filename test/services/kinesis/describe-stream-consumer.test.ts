import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeStreamConsumerCommand, KinesisClient, RegisterStreamConsumerCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, rejects, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis DescribeStreamConsumer', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('by consumer ARN or by stream ARN and name; ACTIVE once registered', async () => {
    const arn = await createStream(kinesis, 'described');
    const { Consumer } = await kinesis.send(new RegisterStreamConsumerCommand({ StreamARN: arn, ConsumerName: 'reader' }));
    const byArn = await kinesis.send(new DescribeStreamConsumerCommand({ ConsumerARN: Consumer!.ConsumerARN }));
    assert.deepEqual(
      [byArn.ConsumerDescription?.ConsumerName, byArn.ConsumerDescription?.ConsumerStatus, byArn.ConsumerDescription?.StreamARN],
      ['reader', 'ACTIVE', arn],
    );
    const byName = await kinesis.send(new DescribeStreamConsumerCommand({ StreamARN: arn, ConsumerName: 'reader' }));
    assert.equal(byName.ConsumerDescription?.ConsumerARN, Consumer!.ConsumerARN);
    await rejects(
      kinesis.send(new DescribeStreamConsumerCommand({ StreamARN: arn, ConsumerName: 'nobody' })),
      'ResourceNotFoundException',
      'Consumer nobody under stream described under account 000000000000 not found.',
    );
  });
});
