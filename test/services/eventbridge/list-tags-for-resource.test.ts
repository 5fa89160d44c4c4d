import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ListTagsForResourceCommand } from '@aws-sdk/client-eventbridge';
import { ACCOUNT, failure, REGION, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge ListTagsForResource', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('the default bus has no tags; a malformed ARN is refused', async () => {
    assert.deepEqual((await k.events.send(new ListTagsForResourceCommand({ ResourceARN: `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/default` }))).Tags, []);
    const error = await failure(k.events.send(new ListTagsForResourceCommand({ ResourceARN: 'not-an-arn' })));
    assert.equal(error.name, 'ValidationException');
  });
});
