import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DeleteStreamCommand, DescribeStreamSummaryCommand, KinesisClient, RegisterStreamConsumerCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, rejects, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis RegisterStreamConsumer', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('registers a consumer (CREATING in the answer); the stream then needs EnforceConsumerDeletion to go', async () => {
    const arn = await createStream(kinesis, 'fan');
    const { Consumer } = await kinesis.send(new RegisterStreamConsumerCommand({ StreamARN: arn, ConsumerName: 'app' }));
    assert.equal(Consumer?.ConsumerName, 'app');
    assert.equal(Consumer?.ConsumerStatus, 'CREATING');
    assert.match(Consumer!.ConsumerARN!, /^arn:aws:kinesis:us-east-1:000000000000:stream\/fan\/consumer\/app:\d+$/);
    const { StreamDescriptionSummary } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamARN: arn }));
    assert.equal(StreamDescriptionSummary?.ConsumerCount, 1);
    await rejects(kinesis.send(new RegisterStreamConsumerCommand({ StreamARN: arn, ConsumerName: 'app' })), 'ResourceInUseException', 'Consumer app under stream fan under account 000000000000 already exists.');
    await rejects(
      kinesis.send(new DeleteStreamCommand({ StreamARN: arn })),
      'ResourceInUseException',
      'Stream fan under account 000000000000 has registered consumers. Use EnforceConsumerDeletion to delete the stream and its consumers.',
    );
    await kinesis.send(new DeleteStreamCommand({ StreamARN: arn, EnforceConsumerDeletion: true }));
  });
});
