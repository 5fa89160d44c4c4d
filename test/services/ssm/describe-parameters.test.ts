import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeParametersCommand, PutParameterCommand, type SSMClient } from '@aws-sdk/client-ssm';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSsm } from './ssm-fixture.js';

describe('SSM DescribeParameters', () => {
  let kumo: EmbeddedKumo;
  let ssm: SSMClient;
  before(async () => {
    ({ kumo, ssm } = await startSsm());
    await ssm.send(new PutParameterCommand({ Name: '/d/one', Value: '1', Type: 'String', Tags: [{ Key: 'team', Value: 'a' }] }));
    await ssm.send(new PutParameterCommand({ Name: '/d/two', Value: '2', Type: 'SecureString' }));
    await ssm.send(new PutParameterCommand({ Name: '/d/sub/three', Value: '3', Type: 'StringList', Tier: 'Advanced' }));
  });
  after(() => kumo.stop());

  const names = async (input: ConstructorParameters<typeof DescribeParametersCommand>[0]) =>
    ((await ssm.send(new DescribeParametersCommand(input))).Parameters ?? []).map((p) => p.Name).sort();

  test('metadata without values; ParameterFilters and legacy Filters', async () => {
    const all = (await ssm.send(new DescribeParametersCommand({}))).Parameters!;
    const two = all.find((p) => p.Name === '/d/two')!;
    assert.equal(two.Type, 'SecureString');
    assert.equal(two.KeyId, 'alias/aws/ssm');
    assert.equal(two.Version, 1);
    assert.equal(two.Tier, 'Standard');
    assert.deepEqual(await names({ ParameterFilters: [{ Key: 'Path', Option: 'OneLevel', Values: ['/d'] }] }), ['/d/one', '/d/two']);
    assert.deepEqual(await names({ ParameterFilters: [{ Key: 'Name', Option: 'Contains', Values: ['thr'] }] }), ['/d/sub/three']);
    assert.deepEqual(await names({ ParameterFilters: [{ Key: 'Tier', Values: ['Advanced'] }] }), ['/d/sub/three']);
    assert.deepEqual(await names({ ParameterFilters: [{ Key: 'tag:team', Values: ['a'] }] }), ['/d/one']);
    assert.deepEqual(await names({ Filters: [{ Key: 'Type', Values: ['SecureString'] }] }), ['/d/two']);
    await assert.rejects(ssm.send(new DescribeParametersCommand({ ParameterFilters: [{ Key: 'Colour', Values: ['x'] }] })), { name: 'InvalidFilterKey' });
    const page = await ssm.send(new DescribeParametersCommand({ MaxResults: 2 }));
    assert.equal(page.Parameters?.length, 2);
    assert.equal((await ssm.send(new DescribeParametersCommand({ MaxResults: 2, NextToken: page.NextToken }))).Parameters?.length, 1);
  });
});
