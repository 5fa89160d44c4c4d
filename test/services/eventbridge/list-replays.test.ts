import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateArchiveCommand, ListReplaysCommand, StartReplayCommand } from '@aws-sdk/client-eventbridge';
import { ACCOUNT, failure, REGION, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge ListReplays', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('lists by name with a state filter as replays progress; one filter at most', async () => {
    const bus = `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/default`;
    await k.events.send(new CreateArchiveCommand({ ArchiveName: 'a', EventSourceArn: bus }));
    const replay = (name: string) => k.events.send(new StartReplayCommand({
      ReplayName: name, EventSourceArn: `arn:aws:events:${REGION}:${ACCOUNT}:archive/a`, EventStartTime: new Date(0), EventEndTime: new Date(1000), Destination: { Arn: bus },
    }));
    await replay('first');
    // One step per scheduler run: STARTING -> RUNNING, then RUNNING -> COMPLETED a second later.
    await k.advance(1);
    await k.advance(1);
    await replay('second');
    const all = await k.events.send(new ListReplaysCommand({}));
    assert.deepEqual(all.Replays!.map((r) => [r.ReplayName, r.State]), [['first', 'COMPLETED'], ['second', 'STARTING']]);
    assert.deepEqual((await k.events.send(new ListReplaysCommand({ State: 'COMPLETED' }))).Replays!.map((r) => r.ReplayName), ['first']);
    assert.deepEqual((await k.events.send(new ListReplaysCommand({ NamePrefix: 'sec' }))).Replays!.map((r) => r.ReplayName), ['second']);
    const error = await failure(k.events.send(new ListReplaysCommand({ NamePrefix: 'a', State: 'RUNNING' })));
    assert.deepEqual([error.name, error.message], ['ValidationException', 'At most one filter is allowed for ListReplays. Use either : State, EventSourceArn, or NamePrefix.']);
  });
});
