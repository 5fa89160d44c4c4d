import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CloudWatchLogsClient, CreateLogGroupCommand, CreateLogStreamCommand, DeleteMetricFilterCommand, DescribeMetricFiltersCommand, PutLogEventsCommand,
  PutMetricFilterCommand, TestMetricFilterCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { CloudWatchClient, GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';

describe('Metric filters', () => {
  let kumo: EmbeddedKumo;
  let logs: CloudWatchLogsClient;
  let cloudwatch: CloudWatchClient;
  before(async () => {
    kumo = await startTestKumo(['cloudwatch-logs', 'cloudwatch']);
    logs = new CloudWatchLogsClient(kumo.clientConfig);
    cloudwatch = new CloudWatchClient(kumo.clientConfig);
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'app' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: 's' }));
  });
  after(() => kumo.stop());

  test('matching events publish CloudWatch metrics (counts and JSON values)', async () => {
    await logs.send(new PutMetricFilterCommand({
      logGroupName: 'app', filterName: 'errors', filterPattern: 'ERROR',
      metricTransformations: [{ metricName: 'ErrorCount', metricNamespace: 'App', metricValue: '1' }],
    }));
    await logs.send(new PutMetricFilterCommand({
      logGroupName: 'app', filterName: 'latency', filterPattern: '{ $.latency > 0 }',
      metricTransformations: [{ metricName: 'Latency', metricNamespace: 'App', metricValue: '$.latency', unit: 'Milliseconds' }],
    }));
    const now = Date.now();
    await logs.send(new PutLogEventsCommand({
      logGroupName: 'app', logStreamName: 's',
      logEvents: [
        { timestamp: now, message: 'ERROR disk full' },
        { timestamp: now, message: 'INFO fine' },
        { timestamp: now, message: 'ERROR again' },
        { timestamp: now, message: '{"latency": 40}' },
        { timestamp: now, message: '{"latency": 60}' },
      ],
    }));
    const window = { StartTime: new Date(now - 60_000), EndTime: new Date(now + 60_000), Period: 300 };
    const errors = await cloudwatch.send(new GetMetricStatisticsCommand({ Namespace: 'App', MetricName: 'ErrorCount', Statistics: ['Sum'], ...window }));
    assert.equal(errors.Datapoints?.[0]?.Sum, 2);
    const latency = await cloudwatch.send(new GetMetricStatisticsCommand({ Namespace: 'App', MetricName: 'Latency', Statistics: ['Average', 'Maximum'], ...window }));
    assert.equal(latency.Datapoints?.[0]?.Average, 50);
    assert.equal(latency.Datapoints?.[0]?.Maximum, 60);
  });

  test('describe, test and delete', async () => {
    const described = await logs.send(new DescribeMetricFiltersCommand({ logGroupName: 'app', filterNamePrefix: 'err' }));
    assert.deepEqual(described.metricFilters?.map((f) => [f.filterName, f.filterPattern, f.logGroupName]), [['errors', 'ERROR', 'app']]);
    const byMetric = await logs.send(new DescribeMetricFiltersCommand({ metricName: 'Latency', metricNamespace: 'App' }));
    assert.deepEqual(byMetric.metricFilters?.map((f) => f.filterName), ['latency']);
    const tested = await logs.send(new TestMetricFilterCommand({ filterPattern: '{ $.code = 500 }', logEventMessages: ['{"code": 200}', '{"code": 500}'] }));
    assert.deepEqual(tested.matches, [{ eventNumber: 2, eventMessage: '{"code": 500}', extractedValues: { '$.code': '500' } }]);
    await logs.send(new DeleteMetricFilterCommand({ logGroupName: 'app', filterName: 'errors' }));
    await assert.rejects(logs.send(new DeleteMetricFilterCommand({ logGroupName: 'app', filterName: 'errors' })), {
      name: 'ResourceNotFoundException', message: 'The specified metric filter does not exist.',
    });
    await assert.rejects(logs.send(new PutMetricFilterCommand({
      logGroupName: 'missing', filterName: 'x', filterPattern: '', metricTransformations: [{ metricName: 'M', metricNamespace: 'N', metricValue: '1' }],
    })), { name: 'ResourceNotFoundException' });
  });
});
