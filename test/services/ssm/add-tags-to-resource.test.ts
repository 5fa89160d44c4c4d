import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AddTagsToResourceCommand, ListTagsForResourceCommand, PutParameterCommand, RemoveTagsFromResourceCommand, type SSMClient } from '@aws-sdk/client-ssm';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSsm } from './ssm-fixture.js';

describe('SSM parameter tags', () => {
  let kumo: EmbeddedKumo;
  let ssm: SSMClient;
  before(async () => ({ kumo, ssm } = await startSsm()));
  after(() => kumo.stop());

  test('add, list, remove; unknown parameters are InvalidResourceId', async () => {
    await ssm.send(new PutParameterCommand({ Name: '/t', Value: 'v', Type: 'String', Tags: [{ Key: 'a', Value: '1' }] }));
    await ssm.send(new AddTagsToResourceCommand({ ResourceType: 'Parameter', ResourceId: '/t', Tags: [{ Key: 'b', Value: '2' }] }));
    assert.deepEqual((await ssm.send(new ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: '/t' }))).TagList, [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }]);
    await ssm.send(new RemoveTagsFromResourceCommand({ ResourceType: 'Parameter', ResourceId: '/t', TagKeys: ['a'] }));
    assert.deepEqual((await ssm.send(new ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: '/t' }))).TagList, [{ Key: 'b', Value: '2' }]);
    await assert.rejects(ssm.send(new ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: '/none' })), { name: 'InvalidResourceId' });
  });
});
