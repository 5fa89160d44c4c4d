import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateLogGroupCommand, CreateLogStreamCommand, GetLogEventsCommand, PutLogEventsCommand, PutRetentionPolicyCommand, type CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startLogsKumo } from './support.js';

describe('CloudWatch Logs PutLogEvents', () => {
  let kumo: EmbeddedKumo;
  let logs: CloudWatchLogsClient;
  const DAY = 86_400_000;
  before(async () => {
    ({ kumo, logs } = await startLogsKumo());
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'g' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'g', logStreamName: 's' }));
  });
  after(() => kumo.stop());
  const put = (logEvents: Array<{ timestamp: number; message: string }>, logStreamName = 's') =>
    logs.send(new PutLogEventsCommand({ logGroupName: 'g', logStreamName, logEvents }));

  test('stores events and returns a sequence token, whatever token was sent', async () => {
    const now = Date.now();
    const out = await put([{ timestamp: now, message: 'one' }, { timestamp: now, message: 'two' }]);
    assert.match(out.nextSequenceToken!, /^\d{56}$/);
    assert.equal(out.rejectedLogEventsInfo, undefined);
    const again = await logs.send(new PutLogEventsCommand({ logGroupName: 'g', logStreamName: 's', sequenceToken: 'stale', logEvents: [{ timestamp: now, message: 'three' }] }));
    assert.notEqual(again.nextSequenceToken, out.nextSequenceToken);
    const { events } = await logs.send(new GetLogEventsCommand({ logGroupName: 'g', logStreamName: 's', startFromHead: true }));
    assert.deepEqual(events?.map((e) => e.message), ['one', 'two', 'three']);
  });

  test('too old, expired and too new events are skipped and reported by index', async () => {
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'g', logStreamName: 'ages' }));
    const now = Date.now();
    const out = await put([{ timestamp: now - 2 * DAY, message: 'a' }, { timestamp: now, message: 'b' }], 'ages').catch((e: Error) => e);
    assert.equal((out as Error).name, 'InvalidParameterException');
    assert.equal((out as Error).message, 'The batch of log events in a single PutLogEvents request cannot span more than 24 hours.');

    const mixed = await put([
      { timestamp: now - 1000, message: 'kept' },
      { timestamp: now + 3 * 3_600_000, message: 'too new' },
      { timestamp: now + 3 * 3_600_000 + 1, message: 'too new too' },
    ], 'ages');
    assert.deepEqual(mixed.rejectedLogEventsInfo, { tooNewLogEventStartIndex: 1 });

    await logs.send(new CreateLogGroupCommand({ logGroupName: 'old' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'old', logStreamName: 's' }));
    await logs.send(new PutRetentionPolicyCommand({ logGroupName: 'old', retentionInDays: 1 }));
    const base = now - 15 * DAY;
    const aged = await logs.send(new PutLogEventsCommand({ logGroupName: 'old', logStreamName: 's', logEvents: [
      { timestamp: base, message: 'too old' },
      { timestamp: base + 1, message: 'too old too' },
    ] }));
    assert.deepEqual(aged.rejectedLogEventsInfo, { tooOldLogEventEndIndex: 1 });
    const expired = await logs.send(new PutLogEventsCommand({ logGroupName: 'old', logStreamName: 's', logEvents: [
      { timestamp: now - DAY - 5000, message: 'past retention' },
      { timestamp: now - DAY + 5000, message: 'fresh' },
    ] }));
    assert.deepEqual(expired.rejectedLogEventsInfo, { expiredLogEventEndIndex: 0 });
    const { events } = await logs.send(new GetLogEventsCommand({ logGroupName: 'old', logStreamName: 's' }));
    assert.deepEqual(events?.map((e) => e.message), ['fresh']);
  });

  test('order, size and existence are checked for the whole batch', async () => {
    const now = Date.now();
    await assert.rejects(put([{ timestamp: now, message: 'b' }, { timestamp: now - 1, message: 'a' }]), {
      name: 'InvalidParameterException', message: 'Log events in a single PutLogEvents request must be in chronological order.',
    });
    await assert.rejects(put([{ timestamp: now, message: 'x'.repeat(600_000) }, { timestamp: now, message: 'x'.repeat(600_000) }]), {
      name: 'InvalidParameterException', message: /^Upload too large: 1200052 bytes exceeds limit of 1048576$/,
    });
    await assert.rejects(put([]), { name: 'InvalidParameterException' });
    await assert.rejects(put([{ timestamp: now, message: 'x' }], 'missing'), { name: 'ResourceNotFoundException', message: 'The specified log stream does not exist.' });
  });
});
