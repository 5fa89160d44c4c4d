import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateArchiveCommand, CreateEventBusCommand, ListArchivesCommand } from '@aws-sdk/client-eventbridge';
import { ACCOUNT, failure, REGION, startEventsKumo, type EventsKumo } from './support.js';

const busArn = (name: string) => `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/${name}`;

describe('EventBridge ListArchives', () => {
  let k: EventsKumo;
  before(async () => {
    k = await startEventsKumo();
    await k.events.send(new CreateEventBusCommand({ Name: 'other' }));
    for (const [name, bus] of [['a1', 'default'], ['a2', 'default'], ['b1', 'other']] as const) {
      await k.events.send(new CreateArchiveCommand({ ArchiveName: name, EventSourceArn: busArn(bus) }));
    }
  });
  after(() => k.kumo.stop());

  test('lists in name order with one filter at most, and pages', async () => {
    const all = await k.events.send(new ListArchivesCommand({}));
    assert.deepEqual(all.Archives!.map((a) => a.ArchiveName), ['a1', 'a2', 'b1']);
    assert.deepEqual(Object.keys(all.Archives![0]!).sort(), ['ArchiveName', 'CreationTime', 'EventCount', 'EventSourceArn', 'RetentionDays', 'SizeBytes', 'State']);
    assert.deepEqual((await k.events.send(new ListArchivesCommand({ NamePrefix: 'a' }))).Archives!.map((a) => a.ArchiveName), ['a1', 'a2']);
    assert.deepEqual((await k.events.send(new ListArchivesCommand({ EventSourceArn: busArn('other') }))).Archives!.map((a) => a.ArchiveName), ['b1']);
    const page = await k.events.send(new ListArchivesCommand({ Limit: 2 }));
    assert.equal(page.Archives!.length, 2);
    const rest = await k.events.send(new ListArchivesCommand({ Limit: 2, NextToken: page.NextToken }));
    assert.deepEqual([rest.Archives!.map((a) => a.ArchiveName), rest.NextToken], [['b1'], undefined]);
  });

  test('two filters at once are refused', async () => {
    const error = await failure(k.events.send(new ListArchivesCommand({ NamePrefix: 'a', State: 'ENABLED' })));
    assert.deepEqual([error.name, error.message], ['ValidationException', 'At most one filter is allowed for ListArchives. Use either : State, EventSourceArn, or NamePrefix.']);
  });
});
