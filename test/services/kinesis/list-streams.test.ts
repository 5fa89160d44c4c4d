import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { KinesisClient, ListStreamsCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis ListStreams', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('names and summaries in name order, paged by NextToken or ExclusiveStartStreamName', async () => {
    for (const name of ['c', 'a', 'b']) await createStream(kinesis, name);
    const first = await kinesis.send(new ListStreamsCommand({ Limit: 2 }));
    assert.deepEqual(first.StreamNames, ['a', 'b']);
    assert.equal(first.HasMoreStreams, true);
    assert.deepEqual(first.StreamSummaries?.map((s) => [s.StreamName, s.StreamARN, s.StreamStatus, s.StreamModeDetails?.StreamMode]), [
      ['a', 'arn:aws:kinesis:us-east-1:000000000000:stream/a', 'ACTIVE', 'PROVISIONED'],
      ['b', 'arn:aws:kinesis:us-east-1:000000000000:stream/b', 'ACTIVE', 'PROVISIONED'],
    ]);
    const second = await kinesis.send(new ListStreamsCommand({ NextToken: first.NextToken }));
    assert.deepEqual(second.StreamNames, ['c']);
    assert.equal(second.HasMoreStreams, false);
    assert.equal(second.NextToken, undefined);
    const after = await kinesis.send(new ListStreamsCommand({ ExclusiveStartStreamName: 'a' }));
    assert.deepEqual(after.StreamNames, ['b', 'c']);
  });
});
