import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AwsQueryProtocol } from '@aws-sdk/core/protocols';
import { CloudWatchClient, DescribeAlarmsCommand, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import {
  CreateRoleCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  GetRoleCommand,
  IAMClient,
  ListRolesCommand,
} from '@aws-sdk/client-iam';
import { AwsError } from '../shared/aws-error.js';
import { queryProtocol } from './query.js';
import { bodyText, loopbackClientConfig } from './testing/loopback-client-config.js';
import type { LoopbackExchange, LoopbackHandler } from './testing/sdk-loopback.js';

/** awsQuery through the official clients: IAM, and CloudWatch switched to its query protocol. */
const created = new Date('2024-03-04T05:06:07Z');
const lastUsed = new Date('2024-05-06T07:08:09.123Z');

function iam(handle: LoopbackHandler, observe?: (x: LoopbackExchange) => void): IAMClient {
  return new IAMClient(loopbackClientConfig(queryProtocol, 'iam', handle, observe));
}

type SdkError = Error & { Code?: string; Type?: string; $fault?: string; $metadata?: { httpStatusCode?: number; requestId?: string } };

describe('query through @aws-sdk/client-iam', () => {
  test('CreateRole: nested lists of structures in, a nested structure with timestamps out', async () => {
    let seen: unknown;
    const role = {
      Path: '/svc/',
      RoleName: 'app',
      RoleId: 'AROAEXAMPLE',
      Arn: 'arn:aws:iam::000000000000:role/svc/app',
      CreateDate: created,
      AssumeRolePolicyDocument: '{"Version":"2012-10-17"}',
      Description: 'a & b <c>',
      MaxSessionDuration: 7200,
      PermissionsBoundary: { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: 'arn:aws:iam::aws:policy/PowerUserAccess' },
      Tags: [{ Key: 'team', Value: 'x' }, { Key: 'env', Value: '' }],
      RoleLastUsed: { LastUsedDate: lastUsed, Region: 'eu-west-1' },
    };
    const client = iam((op, input) => {
      seen = { op, input };
      return { Role: role };
    });
    const input = {
      Path: '/svc/',
      RoleName: 'app',
      AssumeRolePolicyDocument: '{"Version":"2012-10-17"}',
      Description: 'a & b <c>',
      MaxSessionDuration: 7200,
      PermissionsBoundary: 'arn:aws:iam::aws:policy/PowerUserAccess',
      Tags: [{ Key: 'team', Value: 'x' }, { Key: 'env', Value: '' }],
    };
    const out = await client.send(new CreateRoleCommand(input));
    assert.deepEqual(seen, { op: 'CreateRole', input });
    const { $metadata, ...rest } = out;
    assert.deepEqual(rest, { Role: role });
    assert.equal($metadata.requestId, 'loopback-request-id');
  });

  test('ListRoles: a list of members with timestamps and the paging fields', async () => {
    let seen: unknown;
    const roles = [
      { Path: '/', RoleName: 'a', RoleId: 'AROA1', Arn: 'arn:aws:iam::000000000000:role/a', CreateDate: created },
      { Path: '/', RoleName: 'b', RoleId: 'AROA2', Arn: 'arn:aws:iam::000000000000:role/b', CreateDate: lastUsed, MaxSessionDuration: 3600 },
    ];
    const client = iam((_op, input) => {
      seen = input;
      return { Roles: roles, IsTruncated: true, Marker: 'next+/=' };
    });
    const out = await client.send(new ListRolesCommand({ PathPrefix: '/', MaxItems: 2, Marker: 'm 1' }));
    assert.deepEqual(seen, { PathPrefix: '/', MaxItems: 2, Marker: 'm 1' });
    assert.deepEqual(out.Roles, roles);
    assert.equal(out.IsTruncated, true);
    assert.equal(out.Marker, 'next+/=');
  });

  test('an empty list comes back as an empty list', async () => {
    const out = await iam(() => ({ Roles: [], IsTruncated: false })).send(new ListRolesCommand({}));
    assert.deepEqual(out.Roles, []);
    assert.equal(out.IsTruncated, false);
  });

  test('GetAccountSummary: an output map', async () => {
    const out = await iam(() => ({ SummaryMap: { Users: 3, Roles: 10, AccountMFAEnabled: 0 } })).send(new GetAccountSummaryCommand({}));
    assert.deepEqual(out.SummaryMap, { Users: 3, Roles: 10, AccountMFAEnabled: 0 });
  });

  test('GetCredentialReport: a blob output travels base64', async () => {
    const content = Buffer.from('user,arn\nroot,arn:aws:iam::000000000000:root\n\u00ff');
    const out = await iam(() => ({ Content: content, ReportFormat: 'text/csv', GeneratedTime: created })).send(new GetCredentialReportCommand({}));
    assert.deepEqual(Buffer.from(out.Content!), content);
    assert.equal(out.ReportFormat, 'text/csv');
    assert.deepEqual(out.GeneratedTime, created);
  });

  test('NoSuchEntity: 404, the client class, code, type and message', async () => {
    let exchange: LoopbackExchange | undefined;
    const client = iam(() => {
      throw new AwsError('NoSuchEntity', 'The role with name nope cannot be found.', { status: 404 });
    }, (x) => (exchange = x));
    await assert.rejects(client.send(new GetRoleCommand({ RoleName: 'nope' })), (e: SdkError) => {
      assert.equal(e.name, 'NoSuchEntityException');
      assert.equal(e.message, 'The role with name nope cannot be found.');
      assert.equal(e.Code, 'NoSuchEntity');
      assert.equal(e.Type, 'Sender');
      assert.equal(e.$fault, 'client');
      assert.equal(e.$metadata?.httpStatusCode, 404);
      assert.equal(e.$metadata?.requestId, 'loopback-request-id');
      return true;
    });
    assert.match(bodyText(exchange), /^<ErrorResponse xmlns="https:\/\/iam\.amazonaws\.com\/doc\/2010-05-08\/"><Error><Type>Sender<\/Type><Code>NoSuchEntity<\/Code>/);
  });

  test('a server fault is Receiver and 500', async () => {
    const client = iam(() => {
      throw new AwsError('ServiceFailure', 'Internal failure', { status: 500 });
    });
    await assert.rejects(client.send(new ListRolesCommand({})), (e: SdkError) => {
      assert.equal(e.name, 'ServiceFailureException');
      assert.equal(e.Type, 'Receiver');
      assert.equal(e.$fault, 'server');
      assert.equal(e.$metadata?.httpStatusCode, 500);
      return true;
    });
  });
});

describe('query through @aws-sdk/client-cloudwatch switched to awsQuery', () => {
  function cloudwatch(handle: LoopbackHandler, observe?: (x: LoopbackExchange) => void): CloudWatchClient {
    return new CloudWatchClient({ ...loopbackClientConfig(queryProtocol, 'cloudwatch', handle, observe), protocol: AwsQueryProtocol });
  }

  test('PutMetricData: lists of structures with nested lists, timestamps and doubles', async () => {
    let seen: unknown;
    let exchange: LoopbackExchange | undefined;
    const input = {
      Namespace: 'App/Orders',
      MetricData: [
        { MetricName: 'Latency', Dimensions: [{ Name: 'Stage', Value: 'prod' }, { Name: 'Api', Value: 'a=b&c' }], Timestamp: created, Values: [1.5, 0.25], Counts: [2, 1], Unit: 'Milliseconds' as const, StorageResolution: 1 },
        { MetricName: 'Count', StatisticValues: { SampleCount: 3, Sum: 9.5, Minimum: 1, Maximum: 5.5 } },
      ],
    };
    await cloudwatch((op, i) => {
      seen = { op, i };
      return {};
    }, (x) => (exchange = x)).send(new PutMetricDataCommand(input));
    assert.deepEqual(seen, { op: 'PutMetricData', i: input });
    assert.equal(exchange?.request.headers['content-type'], 'application/x-www-form-urlencoded');
  });

  test('DescribeAlarms: nested lists and timestamps out', async () => {
    const alarm = {
      AlarmName: 'high',
      AlarmArn: 'arn:aws:cloudwatch:us-east-1:000000000000:alarm:high',
      ActionsEnabled: true,
      AlarmActions: ['arn:aws:sns:us-east-1:000000000000:t'],
      StateValue: 'ALARM' as const,
      StateUpdatedTimestamp: lastUsed,
      MetricName: 'Latency',
      Namespace: 'App/Orders',
      Dimensions: [{ Name: 'Stage', Value: 'prod' }],
      Period: 60,
      EvaluationPeriods: 2,
      Threshold: 100.5,
      ComparisonOperator: 'GreaterThanThreshold' as const,
    };
    let seen: unknown;
    const out = await cloudwatch((_op, i) => {
      seen = i;
      return { MetricAlarms: [alarm], CompositeAlarms: [] };
    }).send(new DescribeAlarmsCommand({ AlarmNames: ['high', 'low'], StateValue: 'ALARM', MaxRecords: 10 }));
    assert.deepEqual(seen, { AlarmNames: ['high', 'low'], StateValue: 'ALARM', MaxRecords: 10 });
    assert.deepEqual(out.MetricAlarms, [alarm]);
    assert.deepEqual(out.CompositeAlarms, []);
  });
});
