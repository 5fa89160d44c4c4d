import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateQueueCommand, SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, startSqs } from './sqs-test-kit.js';

async function dedupKeys(kumo: EmbeddedKumo): Promise<string[]> {
  const state = (await (await fetch(`${kumo.url}/_kumo/state?service=sqs`)).json()) as { tables: Array<{ name: string; rows: Array<{ key: string }> }> };
  return (state.tables.find((t) => t.name === 'dedup')?.rows ?? []).map((r) => r.key).sort();
}

describe('SQS FIFO deduplication rows expire', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  before(async () => ({ kumo, sqs } = await startSqs()));
  after(() => kumo.stop());

  test('ids older than the 5-minute window are swept on a later send, so the table keeps only the window', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'sweep.fifo', Attributes: { FifoQueue: 'true' } }));
    const first = await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'a', MessageGroupId: 'g', MessageDeduplicationId: 'a' }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'b', MessageGroupId: 'g', MessageDeduplicationId: 'b' }));
    assert.deepEqual(await dedupKeys(kumo), ['sweep.fifo//a', 'sweep.fifo//b']);
    await advanceClock(kumo, 301);
    const again = await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'a', MessageGroupId: 'g', MessageDeduplicationId: 'a' }));
    assert.notEqual(again.MessageId, first.MessageId, 'outside the window the same id is a new message');
    assert.deepEqual(await dedupKeys(kumo), ['sweep.fifo//a'], 'b expired and was swept; a is the new one');
  });
});
