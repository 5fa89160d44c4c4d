import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { KinesisClient, ListStreamConsumersCommand, RegisterStreamConsumerCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis ListStreamConsumers', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('pages through consumers by name', async () => {
    const arn = await createStream(kinesis, 'listed');
    for (const ConsumerName of ['b', 'a', 'c']) await kinesis.send(new RegisterStreamConsumerCommand({ StreamARN: arn, ConsumerName }));
    const first = await kinesis.send(new ListStreamConsumersCommand({ StreamARN: arn, MaxResults: 2 }));
    assert.deepEqual(first.Consumers?.map((c) => [c.ConsumerName, c.ConsumerStatus]), [['a', 'ACTIVE'], ['b', 'ACTIVE']]);
    const rest = await kinesis.send(new ListStreamConsumersCommand({ StreamARN: arn, NextToken: first.NextToken }));
    assert.deepEqual(rest.Consumers?.map((c) => c.ConsumerName), ['c']);
    assert.equal(rest.NextToken, undefined);
  });
});
