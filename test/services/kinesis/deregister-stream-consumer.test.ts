import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DeregisterStreamConsumerCommand, KinesisClient, ListStreamConsumersCommand, RegisterStreamConsumerCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, rejects, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis DeregisterStreamConsumer', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('removes the consumer; a second deregistration is ResourceNotFoundException', async () => {
    const arn = await createStream(kinesis, 'dereg');
    const { Consumer } = await kinesis.send(new RegisterStreamConsumerCommand({ StreamARN: arn, ConsumerName: 'gone' }));
    await kinesis.send(new DeregisterStreamConsumerCommand({ ConsumerARN: Consumer!.ConsumerARN }));
    assert.deepEqual((await kinesis.send(new ListStreamConsumersCommand({ StreamARN: arn }))).Consumers, []);
    await rejects(
      kinesis.send(new DeregisterStreamConsumerCommand({ StreamARN: arn, ConsumerName: 'gone' })),
      'ResourceNotFoundException',
      'Consumer gone under stream dereg under account 000000000000 not found.',
    );
  });
});
