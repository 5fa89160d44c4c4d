import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CloudWatchClient, ListMetricsCommand, PutMetricDataCommand, type ListMetricsCommandInput } from '@aws-sdk/client-cloudwatch';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';

describe('CloudWatch ListMetrics', () => {
  let kumo: EmbeddedKumo;
  let cw: CloudWatchClient;
  before(async () => {
    kumo = await startTestKumo(['cloudwatch']);
    cw = new CloudWatchClient(kumo.clientConfig);
    await cw.send(new PutMetricDataCommand({
      Namespace: 'Shop',
      MetricData: [
        { MetricName: 'Orders', Value: 1, Dimensions: [{ Name: 'Region', Value: 'eu' }, { Name: 'Channel', Value: 'web' }] },
        { MetricName: 'Orders', Value: 1, Dimensions: [{ Name: 'Channel', Value: 'web' }, { Name: 'Region', Value: 'eu' }] },
        { MetricName: 'Orders', Value: 1, Dimensions: [{ Name: 'Region', Value: 'us' }] },
        { MetricName: 'Orders', Value: 1 },
        { MetricName: 'Latency', Value: 1, Dimensions: [{ Name: 'Region', Value: 'eu' }] },
      ],
    }));
    await cw.send(new PutMetricDataCommand({ Namespace: 'Other', MetricData: [{ MetricName: 'Orders', Value: 1 }] }));
  });
  after(() => kumo.stop());

  const list = (input: ListMetricsCommandInput) =>
    cw.send(new ListMetricsCommand(input)).then((r) => (r.Metrics ?? []).map((m) => `${m.Namespace}:${m.MetricName}:${(m.Dimensions ?? []).map((d) => `${d.Name}=${d.Value}`).join(',')}`).sort());

  test('a metric is its namespace, name and dimension set, whatever the dimension order', async () => {
    assert.deepEqual(await list({ Namespace: 'Shop' }), [
      'Shop:Latency:Region=eu',
      'Shop:Orders:',
      'Shop:Orders:Channel=web,Region=eu',
      'Shop:Orders:Region=us',
    ]);
    assert.equal((await list({})).length, 5);
  });

  test('MetricName and Dimensions filter, with or without values', async () => {
    assert.deepEqual(await list({ MetricName: 'Orders', Namespace: 'Other' }), ['Other:Orders:']);
    assert.equal((await list({ MetricName: 'Orders' })).length, 4);
    assert.deepEqual(await list({ Dimensions: [{ Name: 'Region', Value: 'eu' }] }), ['Shop:Latency:Region=eu', 'Shop:Orders:Channel=web,Region=eu']);
    assert.deepEqual(await list({ Namespace: 'Shop', Dimensions: [{ Name: 'Region' }], MetricName: 'Orders' }), [
      'Shop:Orders:Channel=web,Region=eu',
      'Shop:Orders:Region=us',
    ]);
    assert.deepEqual(await list({ Dimensions: [{ Name: 'Channel' }, { Name: 'Region', Value: 'us' }] }), []);
  });

  test('pages of 500 with NextToken', async () => {
    const MetricData = Array.from({ length: 620 }, (_, i) => ({ MetricName: `M${String(i).padStart(3, '0')}`, Value: i }));
    await cw.send(new PutMetricDataCommand({ Namespace: 'Paged', MetricData }));
    const first = await cw.send(new ListMetricsCommand({ Namespace: 'Paged' }));
    assert.equal(first.Metrics?.length, 500);
    assert.ok(first.NextToken);
    const second = await cw.send(new ListMetricsCommand({ Namespace: 'Paged', NextToken: first.NextToken }));
    assert.equal(second.Metrics?.length, 120);
    assert.equal(second.NextToken, undefined);
    const names = new Set([...first.Metrics!, ...second.Metrics!].map((m) => m.MetricName));
    assert.equal(names.size, 620);
    await assert.rejects(cw.send(new ListMetricsCommand({ NextToken: 'garbage!' })), { name: 'InvalidNextToken' });
  });

  test('IncludeLinkedAccounts names the owning account', async () => {
    const out = await cw.send(new ListMetricsCommand({ Namespace: 'Other', IncludeLinkedAccounts: true }));
    assert.deepEqual(out.OwningAccounts, ['000000000000']);
  });

  test('RecentlyActive keeps the last three hours; metrics idle two weeks drop out', async () => {
    const advance = (advanceSeconds: number) =>
      fetch(`${kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds }) }).then((r) => assert.equal(r.status, 200));
    await advance(4 * 3600);
    await cw.send(new PutMetricDataCommand({ Namespace: 'Fresh', MetricData: [{ MetricName: 'New', Value: 1 }] }));
    assert.deepEqual(await list({ RecentlyActive: 'PT3H' }), ['Fresh:New:']);
    assert.equal((await list({})).length, 500, 'a full first page: older metrics are still listed');
    await assert.rejects(cw.send(new ListMetricsCommand({ RecentlyActive: 'PT1H' as 'PT3H' })), { name: 'InvalidParameterValueException' });
    await advance(14 * 86_400 - 3600);
    assert.deepEqual(await list({}), ['Fresh:New:']);
  });
});
