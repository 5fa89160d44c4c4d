import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateArchiveCommand, DescribeReplayCommand, StartReplayCommand } from '@aws-sdk/client-eventbridge';
import { ACCOUNT, failure, REGION, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge DescribeReplay', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('shows what StartReplay was given; a missing replay is not found', async () => {
    const bus = `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/default`;
    const archive = `arn:aws:events:${REGION}:${ACCOUNT}:archive/a`;
    await k.events.send(new CreateArchiveCommand({ ArchiveName: 'a', EventSourceArn: bus }));
    const started = await k.events.send(new StartReplayCommand({
      ReplayName: 'd', Description: 'again', EventSourceArn: archive, EventStartTime: new Date(1_000_000), EventEndTime: new Date(2_000_000), Destination: { Arn: bus },
    }));
    const described = await k.events.send(new DescribeReplayCommand({ ReplayName: 'd' }));
    assert.deepEqual(
      [described.ReplayName, described.ReplayArn, described.Description, described.EventSourceArn, described.Destination, described.EventStartTime?.getTime(), described.EventEndTime?.getTime(), described.ReplayStartTime?.getTime()],
      ['d', started.ReplayArn, 'again', archive, { Arn: bus }, 1_000_000, 2_000_000, started.ReplayStartTime?.getTime()],
    );
    const missing = await failure(k.events.send(new DescribeReplayCommand({ ReplayName: 'nope' })));
    assert.deepEqual([missing.name, missing.message], ['ResourceNotFoundException', 'Replay nope does not exist.']);
  });
});
