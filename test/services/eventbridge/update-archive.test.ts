import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateArchiveCommand, DescribeArchiveCommand, PutEventsCommand, UpdateArchiveCommand } from '@aws-sdk/client-eventbridge';
import { ACCOUNT, failure, REGION, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge UpdateArchive', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('a new pattern decides what is archived from then on; description and retention change', async () => {
    const created = await k.events.send(new CreateArchiveCommand({ ArchiveName: 'u', EventSourceArn: `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/default`, EventPattern: '{"source":["a"]}' }));
    const out = await k.events.send(new UpdateArchiveCommand({ ArchiveName: 'u', EventPattern: '{"source":["b"]}', Description: 'now b', RetentionDays: 3 }));
    assert.deepEqual([out.ArchiveArn, out.State, out.CreationTime?.getTime()], [created.ArchiveArn, 'ENABLED', created.CreationTime?.getTime()]);
    await k.events.send(new PutEventsCommand({ Entries: [{ Source: 'a', DetailType: 'x', Detail: '{}' }, { Source: 'b', DetailType: 'x', Detail: '{}' }] }));
    const described = await k.events.send(new DescribeArchiveCommand({ ArchiveName: 'u' }));
    assert.deepEqual([described.EventCount, described.EventPattern, described.Description, described.RetentionDays], [1, '{"source":["b"]}', 'now b', 3]);
  });

  test('a missing archive is ResourceNotFoundException', async () => {
    const error = await failure(k.events.send(new UpdateArchiveCommand({ ArchiveName: 'nope', Description: 'x' })));
    assert.deepEqual([error.name, error.message], ['ResourceNotFoundException', 'Archive nope does not exist.']);
  });
});
