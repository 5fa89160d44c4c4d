import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetParameterCommand, GetParametersByPathCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { AwsError } from '../shared/aws-error.js';
import { jsonProtocol } from './json.js';
import { bodyText, loopbackClientConfig } from './testing/loopback-client-config.js';
import type { LoopbackExchange, LoopbackHandler } from './testing/sdk-loopback.js';

/** awsJson1_1 through @aws-sdk/client-ssm. */
function ssm(handle: LoopbackHandler, observe?: (x: LoopbackExchange) => void): SSMClient {
  return new SSMClient(loopbackClientConfig(jsonProtocol, 'ssm', handle, observe));
}

const modified = new Date('2024-06-07T08:09:10.250Z');

describe('json 1.1 through @aws-sdk/client-ssm', () => {
  test('PutParameter: nested tags in, scalars out, the 1.1 content type', async () => {
    let seen: unknown;
    let exchange: LoopbackExchange | undefined;
    const input = {
      Name: '/app/db/password',
      Value: 'p@ss "word"\n',
      Type: 'SecureString' as const,
      KeyId: 'alias/aws/ssm',
      Overwrite: false,
      Tier: 'Advanced' as const,
      DataType: 'text',
      Tags: [{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: 'db' }],
    };
    const out = await ssm((op, i) => {
      seen = { op, i };
      return { Version: 3, Tier: 'Advanced' };
    }, (x) => (exchange = x)).send(new PutParameterCommand(input));
    assert.deepEqual(seen, { op: 'PutParameter', i: input });
    assert.deepEqual({ Version: out.Version, Tier: out.Tier }, { Version: 3, Tier: 'Advanced' });
    assert.equal(exchange?.request.headers['x-amz-target'], 'AmazonSSM.PutParameter');
    assert.equal(exchange?.request.headers['content-type'], 'application/x-amz-json-1.1');
    assert.equal(exchange?.response.headers['content-type'], 'application/x-amz-json-1.1');
  });

  test('GetParametersByPath: filters in, a list of parameters with epoch timestamps out', async () => {
    let seen: unknown;
    let exchange: LoopbackExchange | undefined;
    const parameters = [
      { Name: '/app/a', Type: 'String' as const, Value: '1', Version: 1, LastModifiedDate: modified, ARN: 'arn:aws:ssm:us-east-1:000000000000:parameter/app/a', DataType: 'text' },
      { Name: '/app/b/c', Type: 'StringList' as const, Value: 'x,y', Version: 7, LastModifiedDate: new Date('2023-01-01T00:00:00Z'), ARN: 'arn:aws:ssm:us-east-1:000000000000:parameter/app/b/c', DataType: 'text' },
    ];
    const input = {
      Path: '/app',
      Recursive: true,
      WithDecryption: true,
      ParameterFilters: [{ Key: 'Type', Option: 'Equals', Values: ['String', 'StringList'] }],
      MaxResults: 10,
      NextToken: 't0',
    };
    const out = await ssm((_op, i) => {
      seen = i;
      return { Parameters: parameters, NextToken: 't1' };
    }, (x) => (exchange = x)).send(new GetParametersByPathCommand(input));
    assert.deepEqual(seen, input);
    assert.deepEqual(out.Parameters, parameters);
    assert.equal(out.NextToken, 't1');
    // awsJson sends timestamps as epoch seconds, fractions kept.
    assert.match(bodyText(exchange), /"LastModifiedDate":1717747750\.25\b/);
  });

  test('ParameterNotFound: the modeled class, 400, and the JSON error body', async () => {
    let exchange: LoopbackExchange | undefined;
    const client = ssm(() => {
      throw new AwsError('ParameterNotFound', '');
    }, (x) => (exchange = x));
    await assert.rejects(client.send(new GetParameterCommand({ Name: '/nope' })), (e: Error & { $fault?: string; $metadata?: { httpStatusCode?: number; requestId?: string } }) => {
      assert.equal(e.name, 'ParameterNotFound');
      assert.equal(e.$fault, 'client');
      assert.equal(e.$metadata?.httpStatusCode, 400);
      assert.equal(e.$metadata?.requestId, 'loopback-request-id');
      return true;
    });
    assert.deepEqual(JSON.parse(bodyText(exchange)), { __type: 'ParameterNotFound' });
  });

  test('ParameterAlreadyExists carries its message', async () => {
    const client = ssm(() => {
      throw new AwsError('ParameterAlreadyExists', 'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.');
    });
    await assert.rejects(client.send(new PutParameterCommand({ Name: '/a', Value: 'v', Type: 'String' })), (e: Error) => {
      assert.equal(e.name, 'ParameterAlreadyExists');
      assert.equal(e.message, 'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.');
      return true;
    });
  });
});
