import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateArchiveCommand, CreateEventBusCommand, DescribeArchiveCommand, EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { startKumo } from '../../../src/index.js';
import { ACCOUNT, failure, REGION, startEventsKumo, type EventsKumo } from './support.js';

const busArn = (name: string) => `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/${name}`;

describe('EventBridge CreateArchive', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('archives the events of its bus that match its pattern, counting them', async () => {
    await k.events.send(new CreateEventBusCommand({ Name: 'orders' }));
    const out = await k.events.send(new CreateArchiveCommand({
      ArchiveName: 'order-archive', EventSourceArn: busArn('orders'), EventPattern: '{"source":["shop"]}', RetentionDays: 7, Description: 'd',
    }));
    assert.equal(out.ArchiveArn, `arn:aws:events:${REGION}:${ACCOUNT}:archive/order-archive`);
    assert.equal(out.State, 'ENABLED');
    assert.ok(out.CreationTime instanceof Date);
    const detail = '{"n":1}';
    await k.events.send(new PutEventsCommand({ Entries: [
      { Source: 'shop', DetailType: 'Order', Detail: detail, EventBusName: 'orders' },
      { Source: 'other', DetailType: 'Order', Detail: detail, EventBusName: 'orders' },
      { Source: 'shop', DetailType: 'Order', Detail: detail }, // the default bus: not archived
    ] }));
    const described = await k.events.send(new DescribeArchiveCommand({ ArchiveName: 'order-archive' }));
    assert.equal(described.EventCount, 1);
    assert.ok(described.SizeBytes! > detail.length);
    assert.deepEqual([described.EventSourceArn, described.EventPattern, described.RetentionDays, described.Description], [busArn('orders'), '{"source":["shop"]}', 7, 'd']);
  });

  test('without a pattern every event is archived; RetentionDays defaults to 0 (forever)', async () => {
    await k.events.send(new CreateArchiveCommand({ ArchiveName: 'everything', EventSourceArn: busArn('default') }));
    await k.events.send(new PutEventsCommand({ Entries: [{ Source: 'a', DetailType: 'x', Detail: '{}' }, { Source: 'b', DetailType: 'y', Detail: '{}' }] }));
    const described = await k.events.send(new DescribeArchiveCommand({ ArchiveName: 'everything' }));
    assert.deepEqual([described.EventCount, described.RetentionDays, described.EventPattern], [2, 0, undefined]);
  });

  test('errors: duplicate name, missing bus, bad pattern, long name', async () => {
    await k.events.send(new CreateArchiveCommand({ ArchiveName: 'dup', EventSourceArn: busArn('default') }));
    const dup = await failure(k.events.send(new CreateArchiveCommand({ ArchiveName: 'dup', EventSourceArn: busArn('default') })));
    assert.deepEqual([dup.name, dup.message], ['ResourceAlreadyExistsException', 'Archive dup already exists.']);
    const bus = await failure(k.events.send(new CreateArchiveCommand({ ArchiveName: 'x', EventSourceArn: busArn('nope') })));
    assert.deepEqual([bus.name, bus.message], ['ResourceNotFoundException', 'Event bus nope does not exist.']);
    const pattern = await failure(k.events.send(new CreateArchiveCommand({ ArchiveName: 'x', EventSourceArn: busArn('default'), EventPattern: '{"source":"x"}' })));
    assert.equal(pattern.name, 'InvalidEventPatternException');
    const long = await failure(k.events.send(new CreateArchiveCommand({ ArchiveName: 'a'.repeat(49), EventSourceArn: busArn('default') })));
    assert.equal(long.message, `1 validation error detected: Value '${'a'.repeat(49)}' at 'archiveName' failed to satisfy constraint: Member must have length less than or equal to 48`);
  });

  test('archived events survive a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kumo-eb-archive-'));
    try {
      const first = await startKumo({ port: 0, dataDir, services: ['eventbridge'] });
      const a = new EventBridgeClient(first.clientConfig);
      await a.send(new CreateArchiveCommand({ ArchiveName: 'kept', EventSourceArn: busArn('default') }));
      await a.send(new PutEventsCommand({ Entries: [{ Source: 'a', DetailType: 'x', Detail: '{}' }] }));
      await first.stop();
      const second = await startKumo({ port: 0, dataDir, services: ['eventbridge'] });
      const b = new EventBridgeClient(second.clientConfig);
      assert.equal((await b.send(new DescribeArchiveCommand({ ArchiveName: 'kept' }))).EventCount, 1);
      await second.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
