import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CancelReplayCommand, CreateArchiveCommand, DescribeReplayCommand, StartReplayCommand } from '@aws-sdk/client-eventbridge';
import { ACCOUNT, failure, REGION, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge CancelReplay', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('a starting replay becomes CANCELLING, then CANCELLED; a finished one cannot be cancelled', async () => {
    const bus = `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/default`;
    await k.events.send(new CreateArchiveCommand({ ArchiveName: 'a', EventSourceArn: bus }));
    const started = await k.events.send(new StartReplayCommand({
      ReplayName: 'c', EventSourceArn: `arn:aws:events:${REGION}:${ACCOUNT}:archive/a`, EventStartTime: new Date(0), EventEndTime: new Date(1000), Destination: { Arn: bus },
    }));
    const cancelled = await k.events.send(new CancelReplayCommand({ ReplayName: 'c' }));
    assert.deepEqual([cancelled.ReplayArn, cancelled.State], [started.ReplayArn, 'CANCELLING']);
    await k.advance(1);
    const described = await k.events.send(new DescribeReplayCommand({ ReplayName: 'c' }));
    assert.equal(described.State, 'CANCELLED');
    assert.ok(described.ReplayEndTime instanceof Date);
    const again = await failure(k.events.send(new CancelReplayCommand({ ReplayName: 'c' })));
    assert.deepEqual([again.name, again.message], ['IllegalStatusException', 'Replay c is not in a valid state for this operation.']);
    const missing = await failure(k.events.send(new CancelReplayCommand({ ReplayName: 'nope' })));
    assert.deepEqual([missing.name, missing.message], ['ResourceNotFoundException', 'Replay nope does not exist.']);
  });
});
