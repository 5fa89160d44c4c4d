import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CloudWatchClient, GetMetricStatisticsCommand, PutMetricDataCommand, type GetMetricStatisticsCommandInput } from '@aws-sdk/client-cloudwatch';
import { startTestKumo } from '../../support/start-test-kumo.js';
import { awsCliV1 } from '../../support/cli-clients.js';
import type { EmbeddedKumo } from '../../../src/index.js';

const MINUTE = 60_000;

describe('CloudWatch GetMetricStatistics', () => {
  let kumo: EmbeddedKumo;
  let cw: CloudWatchClient;
  const base = Math.floor(Date.now() / MINUTE) * MINUTE - 60 * MINUTE;
  const at = (minutes: number) => new Date(base + minutes * MINUTE);
  before(async () => {
    kumo = await startTestKumo(['cloudwatch']);
    cw = new CloudWatchClient(kumo.clientConfig);
    // Latency: values 1..10 at minute i-1, in milliseconds; one odd datapoint in seconds at minute 2.
    await cw.send(new PutMetricDataCommand({
      Namespace: 'Stats',
      MetricData: [
        ...Array.from({ length: 10 }, (_, i) => ({ MetricName: 'Latency', Value: i + 1, Unit: 'Milliseconds' as const, Timestamp: at(i), Dimensions: [{ Name: 'Api', Value: 'get' }] })),
        { MetricName: 'Latency', Value: 0.5, Unit: 'Seconds', Timestamp: at(2), Dimensions: [{ Name: 'Api', Value: 'get' }] },
        { MetricName: 'Fine', Values: [1, 2, 3], Timestamp: new Date(base + 1500), StorageResolution: 1 },
        { MetricName: 'Fine', Value: 10, Timestamp: new Date(base + 7500), StorageResolution: 1 },
      ],
    }));
  });
  after(() => kumo.stop());

  const get = (input: Partial<GetMetricStatisticsCommandInput>) =>
    cw.send(new GetMetricStatisticsCommand({
      Namespace: 'Stats', MetricName: 'Latency', Dimensions: [{ Name: 'Api', Value: 'get' }],
      StartTime: at(0), EndTime: at(10), Period: 300, ...input,
    }));

  test('periods counted from StartTime, one datapoint per period with data', async () => {
    const out = await get({ Statistics: ['Sum', 'SampleCount', 'Average', 'Minimum', 'Maximum'], Unit: 'Milliseconds' });
    assert.equal(out.Label, 'Latency');
    assert.deepEqual(out.Datapoints?.map((p) => [p.Timestamp?.getTime(), p.Sum, p.SampleCount, p.Average, p.Minimum, p.Maximum, p.Unit]), [
      [base, 15, 5, 3, 1, 5, 'Milliseconds'],
      [base + 5 * MINUTE, 40, 5, 8, 6, 10, 'Milliseconds'],
    ]);
    const shifted = await get({ StartTime: at(3), Statistics: ['Sum'], Unit: 'Milliseconds' });
    assert.deepEqual(shifted.Datapoints?.map((p) => [p.Timestamp?.getTime(), p.Sum]), [[base + 3 * MINUTE, 4 + 5 + 6 + 7 + 8], [base + 8 * MINUTE, 19]]);
  });

  test('only requested statistics are returned; units are kept apart without Unit', async () => {
    const out = await get({ Statistics: ['Maximum'], Period: 600 });
    const points = (out.Datapoints ?? []).map((p) => ({ Maximum: p.Maximum, Sum: p.Sum, Unit: p.Unit })).sort((a, b) => a.Unit!.localeCompare(b.Unit!));
    assert.deepEqual(points, [{ Maximum: 10, Sum: undefined, Unit: 'Milliseconds' }, { Maximum: 0.5, Sum: undefined, Unit: 'Seconds' }]);
    assert.deepEqual((await get({ Statistics: ['Sum'], Unit: 'Bytes' })).Datapoints, []);
  });

  test('ExtendedStatistics percentiles', async () => {
    const out = await get({ ExtendedStatistics: ['p50', 'p90', 'p99.9'], Period: 600, Unit: 'Milliseconds' });
    assert.deepEqual(out.Datapoints?.[0].ExtendedStatistics, { p50: 5, p90: 9, 'p99.9': 10 });
  });

  test('high-resolution data answers periods under a minute', async () => {
    const out = await cw.send(new GetMetricStatisticsCommand({
      Namespace: 'Stats', MetricName: 'Fine', StartTime: new Date(base), EndTime: new Date(base + 60_000), Period: 5, Statistics: ['Sum', 'SampleCount'],
    }));
    assert.deepEqual(out.Datapoints?.map((p) => [p.Timestamp!.getTime() - base, p.Sum, p.SampleCount]), [[0, 6, 3], [5000, 10, 1]]);
  });

  test('a different dimension set is a different metric', async () => {
    const out = await get({ Dimensions: [], Statistics: ['Sum'] });
    assert.deepEqual(out.Datapoints, []);
  });

  test('more than 1440 datapoints is InvalidParameterCombination', async () => {
    await assert.rejects(get({ Statistics: ['Sum'], Period: 1, StartTime: new Date(base - 86_400_000 + MINUTE), EndTime: new Date(base + MINUTE) }), (e: Error) => {
      assert.equal(e.name, 'InvalidParameterCombinationException');
      assert.equal(e.message, 'You have requested up to 86400 datapoints, which exceeds the limit of 1440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.');
      return true;
    });
  });

  test('bad statistics, periods and windows are InvalidParameterValue', async () => {
    await assert.rejects(get({ Statistics: ['Median' as 'Sum'] }), (e: Error) => {
      assert.equal(e.name, 'InvalidParameterValueException');
      assert.equal(e.message, 'The parameter Statistics.member.1 must be a value in the set [ Sum, Maximum, Minimum, SampleCount, Average ].');
      return true;
    });
    await assert.rejects(get({ Statistics: ['Sum'], Period: 90 }), { name: 'InvalidParameterValueException' });
    await assert.rejects(get({ Statistics: ['Sum'], StartTime: at(10), EndTime: at(0) }), {
      name: 'InvalidParameterValueException', message: 'The parameter StartTime must be less than the parameter EndTime.',
    });
    await assert.rejects(get({}), { name: 'InvalidParameterCombinationException' });
  });

  test('the AWS CLI v1 reads the same statistics', async () => {
    const result = await awsCliV1(kumo.url, [
      'cloudwatch', 'get-metric-statistics', '--namespace', 'Stats', '--metric-name', 'Latency',
      '--dimensions', 'Name=Api,Value=get', '--start-time', at(0).toISOString(), '--end-time', at(10).toISOString(),
      '--period', '600', '--statistics', 'Sum', 'Average', '--unit', 'Milliseconds',
    ]);
    assert.equal(result.status, 0, result.stderr);
    const out = JSON.parse(result.stdout) as { Label: string; Datapoints: Array<{ Sum: number; Average: number; Unit: string }> };
    assert.equal(out.Label, 'Latency');
    assert.deepEqual(out.Datapoints.map((p) => [p.Sum, p.Average, p.Unit]), [[55, 5.5, 'Milliseconds']]);
  });
});
