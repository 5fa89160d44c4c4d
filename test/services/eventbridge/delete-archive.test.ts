import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateArchiveCommand, DeleteArchiveCommand, DescribeArchiveCommand, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { ACCOUNT, failure, REGION, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge DeleteArchive', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('deletes the archive and its events (a new one of that name starts empty); a missing one is not found', async () => {
    const source = `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/default`;
    await k.events.send(new CreateArchiveCommand({ ArchiveName: 'gone', EventSourceArn: source }));
    await k.events.send(new PutEventsCommand({ Entries: [{ Source: 'a', DetailType: 'x', Detail: '{}' }] }));
    await k.events.send(new DeleteArchiveCommand({ ArchiveName: 'gone' }));
    const missing = await failure(k.events.send(new DescribeArchiveCommand({ ArchiveName: 'gone' })));
    assert.equal(missing.name, 'ResourceNotFoundException');
    await k.events.send(new CreateArchiveCommand({ ArchiveName: 'gone', EventSourceArn: source }));
    assert.equal((await k.events.send(new DescribeArchiveCommand({ ArchiveName: 'gone' }))).EventCount, 0);
    const again = await failure(k.events.send(new DeleteArchiveCommand({ ArchiveName: 'nope' })));
    assert.deepEqual([again.name, again.message], ['ResourceNotFoundException', 'Archive nope does not exist.']);
  });
});
