import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileModel } from '../model/index.js';
import { AwsError } from '../shared/aws-error.js';
import { ec2Protocol } from './ec2.js';
import type { WireRequest } from './types.js';

const model = compileModel({
  metadata: { protocol: 'ec2', apiVersion: '2016-11-15', xmlNamespace: 'http://ec2.amazonaws.com/doc/2016-11-15' },
  operations: { DescribeInstances: { input: { shape: 'In' }, output: { shape: 'Out' } } },
  shapes: {
    In: {
      type: 'structure',
      members: {
        InstanceIds: { shape: 'Ids', locationName: 'InstanceId' },
        MaxResults: { shape: 'I' },
        DryRun: { shape: 'B', locationName: 'dryRun' },
        Filters: { shape: 'Filters', locationName: 'Filter' },
      },
    },
    Out: { type: 'structure', members: { Reservations: { shape: 'Ids', locationName: 'reservationSet' }, NextToken: { shape: 'S', locationName: 'nextToken' } } },
    Ids: { type: 'list', member: { shape: 'S', locationName: 'item' } },
    Filters: { type: 'list', member: { shape: 'Filter', locationName: 'Filter' } },
    Filter: { type: 'structure', members: { Name: { shape: 'S' }, Values: { shape: 'Ids', locationName: 'Value' } } },
    S: { type: 'string' },
    I: { type: 'integer' },
    B: { type: 'boolean' },
  },
});
const op = model.operations.DescribeInstances!;
const ctx = { requestId: 'req-2' };

function form(body: string): WireRequest {
  return { method: 'POST', path: '/', rawQuery: '', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(body) };
}

describe('ec2 requests', () => {
  test('Name.N lists and capitalized locationNames', () => {
    const req = form('Action=DescribeInstances&Version=2016-11-15&InstanceId.1=i-1&InstanceId.2=i-2&DryRun=true&Filter.1.Name=tag%3AName&Filter.1.Value.1=web');
    assert.equal(ec2Protocol.operationName(req, model), 'DescribeInstances');
    assert.deepEqual(ec2Protocol.parseRequest(req, op, model), {
      InstanceIds: ['i-1', 'i-2'],
      DryRun: true,
      Filters: [{ Name: 'tag:Name', Values: ['web'] }],
    });
  });

  test('bad values and broken escapes are InvalidParameterValue', () => {
    for (const body of ['Action=DescribeInstances&MaxResults=ten', 'Action=DescribeInstances&DryRun=yes', 'Action=DescribeInstances&InstanceId.1=%G1']) {
      assert.throws(() => ec2Protocol.parseRequest(form(body), op, model), (e: unknown) => e instanceof AwsError && e.code === 'InvalidParameterValue' && e.status === 400);
    }
  });
});

describe('ec2 responses', () => {
  test('requestId first, members by locationName, item lists, EC2 namespace with its slash', () => {
    const res = ec2Protocol.serializeResponse({ NextToken: 't', Reservations: ['r-1'] }, op, model, ctx);
    assert.equal(
      res.body,
      '<?xml version="1.0" encoding="UTF-8"?>\n<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">' +
        '<requestId>req-2</requestId><reservationSet><item>r-1</item></reservationSet><nextToken>t</nextToken></DescribeInstancesResponse>',
    );
  });

  test('errors as Response/Errors/Error with RequestID', () => {
    const res = ec2Protocol.serializeError(new AwsError('InvalidInstanceID.NotFound', "The instance ID 'i-1' does not exist"), op, model, ctx);
    assert.equal(res.status, 400);
    assert.equal(
      res.body,
      '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code>' +
        "<Message>The instance ID 'i-1' does not exist</Message></Error></Errors><RequestID>req-2</RequestID></Response>",
    );
  });
});
