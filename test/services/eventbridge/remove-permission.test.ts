import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateEventBusCommand, DescribeEventBusCommand, PutPermissionCommand, RemovePermissionCommand } from '@aws-sdk/client-eventbridge';
import { failure, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge RemovePermission', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  const grant = (bus: string, account: string) =>
    k.events.send(new PutPermissionCommand({ EventBusName: bus, Action: 'events:PutEvents', Principal: account, StatementId: `a${account}` }));
  const sids = async (bus: string) => {
    const { Policy } = await k.events.send(new DescribeEventBusCommand({ Name: bus }));
    return Policy === undefined ? undefined : (JSON.parse(Policy) as { Statement: Array<{ Sid: string }> }).Statement.map((s) => s.Sid);
  };

  test('removes one statement by StatementId; removing the last one deletes the policy', async () => {
    await k.events.send(new CreateEventBusCommand({ Name: 'b1' }));
    await grant('b1', '111111111111');
    await grant('b1', '222222222222');
    await k.events.send(new RemovePermissionCommand({ EventBusName: 'b1', StatementId: 'a111111111111' }));
    assert.deepEqual(await sids('b1'), ['a222222222222']);
    await k.events.send(new RemovePermissionCommand({ EventBusName: 'b1', StatementId: 'a222222222222' }));
    assert.equal(await sids('b1'), undefined);
  });

  test('RemoveAllPermissions deletes the whole policy (and succeeds without one)', async () => {
    await grant('default', '111111111111');
    await grant('default', '222222222222');
    await k.events.send(new RemovePermissionCommand({ RemoveAllPermissions: true }));
    assert.equal(await sids('default'), undefined);
    await k.events.send(new RemovePermissionCommand({ RemoveAllPermissions: true }));
  });

  test('errors: a missing bus, a bus without a policy, an unknown statement', async () => {
    const bus = await failure(k.events.send(new RemovePermissionCommand({ EventBusName: 'nope', StatementId: 'x' })));
    assert.deepEqual([bus.name, bus.message], ['ResourceNotFoundException', 'Event bus nope does not exist.']);
    await k.events.send(new CreateEventBusCommand({ Name: 'b2' }));
    const none = await failure(k.events.send(new RemovePermissionCommand({ EventBusName: 'b2', StatementId: 'x' })));
    assert.deepEqual([none.name, none.message, none.status], ['ResourceNotFoundException', 'EventBus does not have a policy.', 400]);
    await grant('b2', '111111111111');
    const unknown = await failure(k.events.send(new RemovePermissionCommand({ EventBusName: 'b2', StatementId: 'x' })));
    assert.deepEqual([unknown.name, unknown.message], ['ResourceNotFoundException', 'Statement with the provided id does not exist.']);
  });
});
