import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CloudWatchClient, GetMetricStatisticsCommand, PutMetricDataCommand, type MetricDatum } from '@aws-sdk/client-cloudwatch';
import { startTestKumo } from '../../support/start-test-kumo.js';
import { boto3 } from '../../support/cli-clients.js';
import type { EmbeddedKumo } from '../../../src/index.js';

const MINUTE = 60_000;

async function rejects(promise: Promise<unknown>, name: string, message: string): Promise<void> {
  await assert.rejects(promise, (e: Error & { $metadata?: { httpStatusCode?: number } }) => {
    assert.equal(e.name, name);
    assert.equal(e.message, message);
    assert.equal(e.$metadata?.httpStatusCode, 400);
    return true;
  });
}

describe('CloudWatch PutMetricData', () => {
  let kumo: EmbeddedKumo;
  let cw: CloudWatchClient;
  const base = Math.floor(Date.now() / MINUTE) * MINUTE - 30 * MINUTE;
  before(async () => {
    kumo = await startTestKumo(['cloudwatch']);
    cw = new CloudWatchClient(kumo.clientConfig);
  });
  after(() => kumo.stop());

  const stats = (MetricName: string, Namespace = 'Put/Test') =>
    cw.send(new GetMetricStatisticsCommand({
      Namespace, MetricName, StartTime: new Date(base), EndTime: new Date(base + 10 * MINUTE), Period: 600,
      Statistics: ['SampleCount', 'Sum', 'Minimum', 'Maximum', 'Average'],
    })).then((r) => r.Datapoints ?? []);

  test('Value, Values with Counts, and StatisticValues all count', async () => {
    await cw.send(new PutMetricDataCommand({
      Namespace: 'Put/Test',
      MetricData: [
        { MetricName: 'Mixed', Value: 10, Timestamp: new Date(base) },
        { MetricName: 'Mixed', Values: [1, 2], Counts: [3, 1], Timestamp: new Date(base + MINUTE) },
        { MetricName: 'Mixed', StatisticValues: { SampleCount: 2, Sum: 30, Minimum: 5, Maximum: 25 }, Timestamp: new Date(base + 2 * MINUTE) },
      ],
    }));
    const [point] = await stats('Mixed');
    assert.deepEqual(
      { SampleCount: point.SampleCount, Sum: point.Sum, Minimum: point.Minimum, Maximum: point.Maximum, Average: point.Average, Unit: point.Unit },
      { SampleCount: 7, Sum: 45, Minimum: 1, Maximum: 25, Average: 45 / 7, Unit: 'None' },
    );
    assert.equal(point.Timestamp?.getTime(), base);
  });

  test('up to 1000 data items in one call, not 1001', async () => {
    const data = (n: number): MetricDatum[] => Array.from({ length: n }, (_, i) => ({ MetricName: 'Many', Value: i % 10, Timestamp: new Date(base + (i % 5) * MINUTE) }));
    await cw.send(new PutMetricDataCommand({ Namespace: 'Put/Test', MetricData: data(1000) }));
    const [point] = await stats('Many');
    assert.equal(point.SampleCount, 1000);
    assert.equal(point.Sum, 4500);
    await rejects(cw.send(new PutMetricDataCommand({ Namespace: 'Put/Test', MetricData: data(1001) })),
      'InvalidParameterValueException', 'The collection MetricData must not have a size greater than 1000.');
  });

  test("namespaces under AWS/ are AWS's own", async () => {
    await rejects(cw.send(new PutMetricDataCommand({ Namespace: 'AWS/EC2', MetricData: [{ MetricName: 'm', Value: 1 }] })),
      'InvalidParameterValueException', 'The value AWS/EC2 for parameter Namespace is invalid.');
  });

  test('Value and StatisticValues together are InvalidParameterCombination', async () => {
    await rejects(cw.send(new PutMetricDataCommand({
      Namespace: 'Put/Test',
      MetricData: [{ MetricName: 'm', Value: 1, StatisticValues: { SampleCount: 1, Sum: 1, Minimum: 1, Maximum: 1 } }],
    })), 'InvalidParameterCombinationException',
    'The parameters MetricData.member.1.Value and MetricData.member.1.StatisticValues are mutually exclusive and you have specified both.');
  });

  test('timestamps more than two weeks old or two hours ahead are rejected', async () => {
    const now = Date.now();
    await rejects(cw.send(new PutMetricDataCommand({ Namespace: 'Put/Test', MetricData: [{ MetricName: 'm', Value: 1, Timestamp: new Date(now - 15 * 86_400_000) }] })),
      'InvalidParameterValueException', 'The parameter MetricData.member.1.Timestamp must specify a time within the past two weeks.');
    await rejects(cw.send(new PutMetricDataCommand({ Namespace: 'Put/Test', MetricData: [{ MetricName: 'm', Value: 1 }, { MetricName: 'm', Value: 1, Timestamp: new Date(now + 3 * 3_600_000) }] })),
      'InvalidParameterValueException', 'The parameter MetricData.member.2.Timestamp must specify a time no more than two hours in the future.');
  });

  test('NaN and Infinity are rejected; so are 31 dimensions and StorageResolution 5', async () => {
    await rejects(cw.send(new PutMetricDataCommand({ Namespace: 'Put/Test', MetricData: [{ MetricName: 'm', Value: Number.NaN }] })),
      'InvalidParameterValueException', 'The value NaN for parameter MetricData.member.1.Value is invalid.');
    await rejects(cw.send(new PutMetricDataCommand({ Namespace: 'Put/Test', MetricData: [{ MetricName: 'm', Values: [1, Number.POSITIVE_INFINITY] }] })),
      'InvalidParameterValueException', 'The value Infinity for parameter MetricData.member.1.Values.member.2 is invalid.');
    const Dimensions = Array.from({ length: 31 }, (_, i) => ({ Name: `d${i}`, Value: 'v' }));
    await rejects(cw.send(new PutMetricDataCommand({ Namespace: 'Put/Test', MetricData: [{ MetricName: 'm', Value: 1, Dimensions }] })),
      'InvalidParameterValueException', 'The collection MetricData.member.1.Dimensions must not have a size greater than 30.');
    await rejects(cw.send(new PutMetricDataCommand({ Namespace: 'Put/Test', MetricData: [{ MetricName: 'm', Value: 1, StorageResolution: 5 }] })),
      'InvalidParameterValueException', 'The value 5 for parameter MetricData.member.1.StorageResolution is invalid.');
  });

  test('the query protocol gets the query-era code in XML', async () => {
    // boto3 speaks CBOR and SDK v3 JSON; older clients (SDK v2, CLI v1 before the switch) still send forms.
    const response = await fetch(kumo.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
        authorization: 'AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/monitoring/aws4_request, SignedHeaders=host, Signature=00',
      },
      body: 'Action=PutMetricData&Version=2010-08-01&Namespace=AWS%2FX&MetricData.member.1.MetricName=m&MetricData.member.1.Value=1',
    });
    assert.equal(response.status, 400);
    const xml = await response.text();
    assert.match(xml, /<Type>Sender<\/Type><Code>InvalidParameterValue<\/Code><Message>The value AWS\/X for parameter Namespace is invalid.<\/Message>/);
  });

  test('boto3 publishes and reads back, and sees the query-era error code', async () => {
    const result = await boto3(kumo.url, [
      'import datetime',
      "cw = boto3.client('cloudwatch', endpoint_url=ENDPOINT)",
      `t = datetime.datetime.fromtimestamp(${base / 1000}, tz=datetime.timezone.utc)`,
      "cw.put_metric_data(Namespace='Boto/Test', MetricData=[{'MetricName': 'Hits', 'Value': v, 'Unit': 'Count', 'Timestamp': t} for v in (1, 2, 3)])",
      "s = cw.get_metric_statistics(Namespace='Boto/Test', MetricName='Hits', StartTime=t, EndTime=t + datetime.timedelta(minutes=5), Period=60, Statistics=['Sum', 'Maximum'])",
      'try:',
      "    cw.put_metric_data(Namespace='AWS/Nope', MetricData=[{'MetricName': 'x', 'Value': 1}])",
      '    code = None',
      'except cw.exceptions.ClientError as e:',
      "    code = e.response['Error']['Code']",
      "print(json.dumps({'points': [[p['Sum'], p['Maximum'], p['Unit']] for p in s['Datapoints']], 'code': code}))",
    ].join('\n'));
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), { points: [[6, 3, 'Count']], code: 'InvalidParameterValue' });
  });
});
