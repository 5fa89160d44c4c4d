import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeParametersCommand, GetParameterCommand, GetParameterHistoryCommand, PutParameterCommand, type SSMClient } from '@aws-sdk/client-ssm';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSsm } from './ssm-fixture.js';

describe('SSM parameter policies', () => {
  let kumo: EmbeddedKumo;
  let ssm: SSMClient;
  before(async () => ({ kumo, ssm } = await startSsm()));
  after(() => kumo.stop());

  const advance = async (advanceSeconds: number) => {
    const response = await fetch(`${kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds }) });
    assert.equal(response.status, 200);
  };
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

  test('Expiration deletes the parameter on Kumo\'s clock; notifications are stored', async () => {
    const expiration = { Type: 'Expiration', Version: '1.0', Attributes: { Timestamp: inDays(2) } };
    const warn = { Type: 'ExpirationNotification', Version: '1.0', Attributes: { Before: '1', Unit: 'Days' } };
    const idle = { Type: 'NoChangeNotification', Version: '1.0', Attributes: { After: '20', Unit: 'Hours' } };
    const out = await ssm.send(new PutParameterCommand({ Name: '/app/token', Value: 't', Type: 'String', Tier: 'Advanced', Policies: JSON.stringify([expiration, warn, idle]) }));
    assert.equal(out.Tier, 'Advanced');
    const described = await ssm.send(new DescribeParametersCommand({ ParameterFilters: [{ Key: 'Name', Values: ['/app/token'] }] }));
    assert.deepEqual(described.Parameters?.[0]?.Policies, [
      { PolicyText: JSON.stringify(expiration), PolicyType: 'Expiration', PolicyStatus: 'Pending' },
      { PolicyText: JSON.stringify(warn), PolicyType: 'ExpirationNotification', PolicyStatus: 'Pending' },
      { PolicyText: JSON.stringify(idle), PolicyType: 'NoChangeNotification', PolicyStatus: 'Pending' },
    ]);
    assert.equal((await ssm.send(new GetParameterHistoryCommand({ Name: '/app/token' }))).Parameters?.[0]?.Policies?.length, 3);
    await advance(86_400);
    assert.equal((await ssm.send(new GetParameterCommand({ Name: '/app/token' }))).Parameter?.Value, 't');
    await advance(86_400 + 120);
    await assert.rejects(ssm.send(new GetParameterCommand({ Name: '/app/token' })), { name: 'ParameterNotFound' });
    assert.deepEqual((await ssm.send(new DescribeParametersCommand({ ParameterFilters: [{ Key: 'Name', Values: ['/app/token'] }] }))).Parameters, []);
  });

  test('Intelligent-Tiering picks Advanced for policies; Standard refuses them; bad policies', async () => {
    const policy = JSON.stringify([{ Type: 'Expiration', Version: '1.0', Attributes: { Timestamp: inDays(30) } }]);
    assert.equal((await ssm.send(new PutParameterCommand({ Name: '/it', Value: 'v', Type: 'String', Tier: 'Intelligent-Tiering', Policies: policy }))).Tier, 'Advanced');
    await assert.rejects(ssm.send(new PutParameterCommand({ Name: '/std', Value: 'v', Type: 'String', Policies: policy })), {
      name: 'ValidationException', message: /Standard tier parameters don't support parameter policies/,
    });
    await assert.rejects(ssm.send(new PutParameterCommand({ Name: '/bad1', Value: 'v', Type: 'String', Tier: 'Advanced', Policies: '[{"Type":"Forever","Version":"1.0","Attributes":{}}]' })), { name: 'InvalidPolicyTypeException' });
    await assert.rejects(ssm.send(new PutParameterCommand({ Name: '/bad2', Value: 'v', Type: 'String', Tier: 'Advanced', Policies: JSON.stringify([{ Type: 'Expiration', Version: '1.0', Attributes: { Timestamp: '2001-01-01T00:00:00Z' } }]) })), { name: 'InvalidPolicyAttributeException' });
    await assert.rejects(ssm.send(new PutParameterCommand({ Name: '/bad3', Value: 'v', Type: 'String', Tier: 'Advanced', Policies: JSON.stringify([{ Type: 'NoChangeNotification', Version: '1.0', Attributes: { After: 'soon' } }]) })), { name: 'InvalidPolicyAttributeException' });
    // An overwrite without Policies drops them (policies belong to the version): no expiry any more.
    await ssm.send(new PutParameterCommand({ Name: '/it', Value: 'v2', Overwrite: true }));
    assert.deepEqual((await ssm.send(new DescribeParametersCommand({ ParameterFilters: [{ Key: 'Name', Values: ['/it'] }] }))).Parameters?.[0]?.Policies, []);
  });
});
