import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AwsSmithyRpcV2CborProtocol } from '@aws-sdk/core/protocols';
import { CloudWatchClient, DescribeAlarmsCommand, GetMetricDataCommand, PutMetricDataCommand, TagResourceCommand } from '@aws-sdk/client-cloudwatch';
import { Decoder } from 'cbor-x';
import { AwsError } from '../shared/aws-error.js';
import { rpcV2CborProtocol } from './rpc-v2-cbor.js';
import { loopbackClientConfig } from './testing/loopback-client-config.js';
import type { LoopbackExchange, LoopbackHandler } from './testing/sdk-loopback.js';

/**
 * Smithy RPC v2 CBOR through @aws-sdk/client-cloudwatch: the client is built with the AWS
 * rpcv2Cbor protocol class in place of its default awsJson1_0 (the `protocol` config takes a
 * protocol constructor and the client's own protocolSettings), as newer CloudWatch clients do.
 */
function cloudwatch(handle: LoopbackHandler, observe?: (x: LoopbackExchange) => void): CloudWatchClient {
  return new CloudWatchClient({ ...loopbackClientConfig(rpcV2CborProtocol, 'cloudwatch', handle, observe), protocol: AwsSmithyRpcV2CborProtocol });
}

const start = new Date('2024-01-01T00:00:00Z');
const end = new Date('2024-01-01T01:00:00.500Z');
type QueryCompatError = Error & { Code?: string; Type?: string; $fault?: string; $metadata?: { httpStatusCode?: number; requestId?: string } };

describe('rpc-v2-cbor through @aws-sdk/client-cloudwatch', () => {
  test('PutMetricData: the CBOR request names the operation in its path; nested lists, timestamps and doubles arrive', async () => {
    let seen: unknown;
    let exchange: LoopbackExchange | undefined;
    const input = {
      Namespace: 'App/Orders',
      MetricData: [
        { MetricName: 'Latency', Dimensions: [{ Name: 'Stage', Value: 'prod' }], Timestamp: end, Values: [1.5, 0.1, 1e300], Counts: [2, 1, 1], Unit: 'Milliseconds' as const, StorageResolution: 1 },
        { MetricName: 'Count', StatisticValues: { SampleCount: 3, Sum: -9.5, Minimum: -5, Maximum: 0 } },
      ],
    };
    await cloudwatch((op, i) => {
      seen = { op, i };
      return {};
    }, (x) => (exchange = x)).send(new PutMetricDataCommand(input));
    assert.deepEqual(seen, { op: 'PutMetricData', i: input });
    assert.equal(exchange?.request.path, '/service/GraniteServiceVersion20100801/operation/PutMetricData');
    assert.equal(exchange?.request.headers['smithy-protocol'], 'rpc-v2-cbor');
    assert.equal(exchange?.request.headers['content-type'], 'application/cbor');
    assert.equal(exchange?.request.headers['x-amzn-query-mode'], 'true');
  });

  test('GetMetricData: epoch-second tags with fractions, lists of doubles and timestamps out', async () => {
    let seen: unknown;
    let exchange: LoopbackExchange | undefined;
    const results = [
      { Id: 'm1', Label: 'Latency', Timestamps: [end, start], Values: [1.5, 2], StatusCode: 'Complete' as const, Messages: [{ Code: 'c', Value: 'v' }] },
      { Id: 'm2', Timestamps: [], Values: [], StatusCode: 'PartialData' as const },
    ];
    const input = {
      StartTime: start,
      EndTime: end,
      MetricDataQueries: [
        { Id: 'm1', MetricStat: { Metric: { Namespace: 'App/Orders', MetricName: 'Latency', Dimensions: [{ Name: 'Stage', Value: 'prod' }] }, Period: 60, Stat: 'p99' }, ReturnData: true },
        { Id: 'm2', Expression: 'SUM(METRICS())', Label: 'sum', Period: 300 },
      ],
      ScanBy: 'TimestampDescending' as const,
      LabelOptions: { Timezone: '+0130' },
    };
    const out = await cloudwatch((_op, i) => {
      seen = i;
      return { MetricDataResults: results, NextToken: 'n', Messages: [] };
    }, (x) => (exchange = x)).send(new GetMetricDataCommand(input));
    assert.deepEqual(seen, input);
    assert.deepEqual(out.MetricDataResults, results);
    assert.equal(out.NextToken, 'n');
    assert.deepEqual(out.Messages, []);
    // Timestamps are CBOR tag 1 with a float when they have a fraction.
    const raw = new Decoder({ mapsAsObjects: true, useRecords: false }).decode(exchange!.response.body as Buffer) as { MetricDataResults: Array<{ Timestamps: unknown[] }> };
    assert.deepEqual(raw.MetricDataResults[0]!.Timestamps, [end, start]);
    assert.equal(exchange?.response.headers['smithy-protocol'], 'rpc-v2-cbor');
  });

  test('DescribeAlarms: nested alarm structures with timestamps and enum lists', async () => {
    const alarm = {
      AlarmName: 'high',
      AlarmArn: 'arn:aws:cloudwatch:us-east-1:000000000000:alarm:high',
      StateValue: 'OK' as const,
      StateUpdatedTimestamp: end,
      AlarmConfigurationUpdatedTimestamp: start,
      OKActions: [],
      AlarmActions: ['arn:aws:sns:us-east-1:000000000000:t'],
      Metrics: [{ Id: 'e1', Expression: 'm1 * 2', ReturnData: true }, { Id: 'm1', MetricStat: { Metric: { Namespace: 'N', MetricName: 'M' }, Period: 60, Stat: 'Average' }, ReturnData: false }],
      Threshold: 0.5,
      EvaluationPeriods: 1,
      ComparisonOperator: 'LessThanThreshold' as const,
    };
    let seen: unknown;
    const out = await cloudwatch((_op, i) => {
      seen = i;
      return { MetricAlarms: [alarm] };
    }).send(new DescribeAlarmsCommand({ AlarmTypes: ['MetricAlarm', 'CompositeAlarm'], AlarmNamePrefix: 'h' }));
    assert.deepEqual(seen, { AlarmTypes: ['MetricAlarm', 'CompositeAlarm'], AlarmNamePrefix: 'h' });
    assert.deepEqual(out.MetricAlarms, [alarm]);
  });

  test('an operation without output answers an empty body the client accepts', async () => {
    let exchange: LoopbackExchange | undefined;
    const out = await cloudwatch(() => ({}), (x) => (exchange = x)).send(new TagResourceCommand({ ResourceARN: 'arn:aws:cloudwatch:us-east-1:000000000000:alarm:high', Tags: [{ Key: 'k', Value: 'v' }] }));
    assert.equal(out.$metadata.httpStatusCode, 200);
    assert.equal(out.$metadata.requestId, 'loopback-request-id');
    assert.equal(exchange?.response.status, 200);
  });

  test('ResourceNotFound (query-compatible): the modeled class, query code and type, 404', async () => {
    const client = cloudwatch(() => {
      throw new AwsError('ResourceNotFoundException', 'The named resource does not exist.', { status: 404, queryCode: 'ResourceNotFoundException' });
    });
    await assert.rejects(client.send(new TagResourceCommand({ ResourceARN: 'arn:aws:cloudwatch:us-east-1:000000000000:alarm:nope', Tags: [] })), (e: QueryCompatError) => {
      assert.equal(e.name, 'ResourceNotFoundException');
      assert.equal(e.message, 'The named resource does not exist.');
      assert.equal(e.Code, 'ResourceNotFoundException');
      assert.equal(e.Type, 'Sender');
      assert.equal(e.$fault, 'client');
      assert.equal(e.$metadata?.httpStatusCode, 404);
      assert.equal(e.$metadata?.requestId, 'loopback-request-id');
      return true;
    });
  });

  test('InvalidParameterValue: the query code maps back to the modeled InvalidParameterValueException', async () => {
    const client = cloudwatch(() => {
      throw new AwsError('InvalidParameterValueException', 'The value -1 for parameter Period is not valid.', { queryCode: 'InvalidParameterValue' });
    });
    await assert.rejects(client.send(new GetMetricDataCommand({ StartTime: start, EndTime: end, MetricDataQueries: [] })), (e: QueryCompatError) => {
      assert.equal(e.name, 'InvalidParameterValueException');
      assert.equal(e.message, 'The value -1 for parameter Period is not valid.');
      assert.equal(e.Code, 'InvalidParameterValue');
      assert.equal(e.Type, 'Sender');
      assert.equal(e.$metadata?.httpStatusCode, 400);
      return true;
    });
  });
});
