import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CloudWatchClient, GetMetricDataCommand, PutMetricDataCommand, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';

const MINUTE = 60_000;

describe('CloudWatch GetMetricData', () => {
  let kumo: EmbeddedKumo;
  let cw: CloudWatchClient;
  const base = Math.floor(Date.now() / MINUTE) * MINUTE - 60 * MINUTE;
  const at = (minutes: number) => new Date(base + minutes * MINUTE);
  before(async () => {
    kumo = await startTestKumo(['cloudwatch']);
    cw = new CloudWatchClient(kumo.clientConfig);
    await cw.send(new PutMetricDataCommand({
      Namespace: 'Data',
      MetricData: [
        ...Array.from({ length: 6 }, (_, i) => ({ MetricName: 'Requests', Value: i + 1, Unit: 'Count' as const, Timestamp: at(i) })),
        ...Array.from({ length: 4 }, (_, i) => ({ MetricName: 'Errors', Value: 1, Timestamp: at(i * 2), Dimensions: [{ Name: 'Code', Value: '500' }] })),
      ],
    }));
  });
  after(() => kumo.stop());

  const requests = (Stat: string, extra: Partial<MetricDataQuery> = {}): MetricDataQuery => ({
    Id: 'requests', MetricStat: { Metric: { Namespace: 'Data', MetricName: 'Requests' }, Period: 120, Stat }, ...extra,
  });
  const errors: MetricDataQuery = {
    Id: 'errors', Label: '5xx', MetricStat: { Metric: { Namespace: 'Data', MetricName: 'Errors', Dimensions: [{ Name: 'Code', Value: '500' }] }, Period: 60, Stat: 'SampleCount' },
  };

  test('MetricStat queries, newest first by default, labels and status', async () => {
    const out = await cw.send(new GetMetricDataCommand({ MetricDataQueries: [requests('Sum'), errors], StartTime: at(0), EndTime: at(10) }));
    assert.equal(out.NextToken, undefined);
    assert.deepEqual(out.MetricDataResults?.map((r) => ({ ...r, Timestamps: r.Timestamps?.map((t) => (t.getTime() - base) / MINUTE) })), [
      { Id: 'requests', Label: 'Requests', Timestamps: [4, 2, 0], Values: [11, 7, 3], StatusCode: 'Complete', Messages: [] },
      { Id: 'errors', Label: '5xx', Timestamps: [6, 4, 2, 0], Values: [1, 1, 1, 1], StatusCode: 'Complete', Messages: [] },
    ]);
  });

  test('ScanBy TimestampAscending, Unit, percentiles and ReturnData false', async () => {
    const out = await cw.send(new GetMetricDataCommand({
      MetricDataQueries: [
        requests('Average', { Id: 'avg' }),
        { ...requests('p50', { Id: 'median' }), MetricStat: { Metric: { Namespace: 'Data', MetricName: 'Requests' }, Period: 360, Stat: 'p50', Unit: 'Count' } },
        { ...requests('Sum', { Id: 'bytes' }), MetricStat: { Metric: { Namespace: 'Data', MetricName: 'Requests' }, Period: 60, Stat: 'Sum', Unit: 'Bytes' } },
        { ...errors, ReturnData: false },
      ],
      StartTime: at(0), EndTime: at(10), ScanBy: 'TimestampAscending',
    }));
    assert.deepEqual(out.MetricDataResults?.map((r) => [r.Id, r.Values]), [['avg', [1.5, 3.5, 5.5]], ['median', [3]], ['bytes', []]]);
  });

  test('MaxDatapoints pages through the series with NextToken', async () => {
    const input = { MetricDataQueries: [requests('Sum'), errors], StartTime: at(0), EndTime: at(10), MaxDatapoints: 5, ScanBy: 'TimestampAscending' as const };
    const first = await cw.send(new GetMetricDataCommand(input));
    assert.deepEqual(first.MetricDataResults?.map((r) => [r.Id, r.Values?.length, r.StatusCode]), [['requests', 3, 'Complete'], ['errors', 2, 'PartialData']]);
    assert.ok(first.NextToken);
    const second = await cw.send(new GetMetricDataCommand({ ...input, NextToken: first.NextToken }));
    assert.deepEqual(second.MetricDataResults?.map((r) => [r.Id, r.Timestamps?.map((t) => (t.getTime() - base) / MINUTE), r.StatusCode]), [['errors', [4, 6], 'Complete']]);
    assert.equal(second.NextToken, undefined);
  });

  test('metric math expressions are refused with a clear error', async () => {
    await assert.rejects(
      cw.send(new GetMetricDataCommand({ MetricDataQueries: [requests('Sum', { ReturnData: false }), { Id: 'e1', Expression: 'requests * 2' }], StartTime: at(0), EndTime: at(10) })),
      (e: Error) => {
        assert.equal(e.name, 'InvalidParameterValueException');
        assert.match(e.message, /Kumo does not evaluate metric math.*MetricDataQueries\.member\.2\.Expression/);
        return true;
      },
    );
  });

  test('invalid statistics, ids and windows', async () => {
    await assert.rejects(cw.send(new GetMetricDataCommand({ MetricDataQueries: [requests('Median')], StartTime: at(0), EndTime: at(10) })), (e: Error) => {
      assert.equal(e.name, 'ValidationException');
      assert.equal(e.message, 'The value Median for parameter MetricDataQueries.member.1.MetricStat.Stat is not a valid statistic.');
      return true;
    });
    await assert.rejects(cw.send(new GetMetricDataCommand({ MetricDataQueries: [requests('Sum', { Id: 'Upper' })], StartTime: at(0), EndTime: at(10) })), { name: 'ValidationException' });
    await assert.rejects(cw.send(new GetMetricDataCommand({ MetricDataQueries: [requests('Sum')], StartTime: at(10), EndTime: at(0) })), { name: 'InvalidParameterValueException' });
    await assert.rejects(cw.send(new GetMetricDataCommand({ MetricDataQueries: [requests('Sum')], StartTime: at(0), EndTime: at(10), NextToken: 'nope' })), { name: 'InvalidNextToken' });
  });
});
