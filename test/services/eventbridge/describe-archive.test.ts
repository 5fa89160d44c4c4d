import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateArchiveCommand, DescribeArchiveCommand, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { ACCOUNT, failure, REGION, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge DescribeArchive', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test("events older than RetentionDays leave the archive as Kumo's clock passes", async () => {
    await k.events.send(new CreateArchiveCommand({ ArchiveName: 'week', EventSourceArn: `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/default`, RetentionDays: 1 }));
    await k.events.send(new PutEventsCommand({ Entries: [{ Source: 'a', DetailType: 'x', Detail: '{}' }] }));
    await k.advance(12 * 3600);
    await k.events.send(new PutEventsCommand({ Entries: [{ Source: 'b', DetailType: 'x', Detail: '{}' }] }));
    const before = await k.events.send(new DescribeArchiveCommand({ ArchiveName: 'week' }));
    assert.equal(before.EventCount, 2);
    await k.advance(13 * 3600);
    const after = await k.events.send(new DescribeArchiveCommand({ ArchiveName: 'week' }));
    assert.equal(after.EventCount, 1);
    assert.equal(after.SizeBytes, before.SizeBytes! / 2);
  });

  test('a missing archive is ResourceNotFoundException', async () => {
    const error = await failure(k.events.send(new DescribeArchiveCommand({ ArchiveName: 'nope' })));
    assert.deepEqual([error.name, error.message, error.status], ['ResourceNotFoundException', 'Archive nope does not exist.', 400]);
  });
});
