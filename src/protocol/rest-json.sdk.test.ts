import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetFunctionCommand, InvokeCommand, LambdaClient, ListFunctionsCommand, TagResourceCommand } from '@aws-sdk/client-lambda';
import { modelCatalog } from '../model/index.js';
import { AwsError } from '../shared/aws-error.js';
import { restJsonProtocol } from './rest-json.js';
import { sdkLoopback, type LoopbackHandler } from './testing/sdk-loopback.js';

function lambda(handler: LoopbackHandler): LambdaClient {
  return new LambdaClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    endpoint: 'http://localhost:4566',
    maxAttempts: 1,
    requestHandler: sdkLoopback(restJsonProtocol, modelCatalog().model('lambda'), handler),
  });
}

describe('rest-json protocol through the AWS SDK v3 Lambda client', () => {
  test('labels, query strings and JSON bodies', async () => {
    const calls: Array<[string, unknown]> = [];
    const client = lambda((op, input) => {
      calls.push([op, input]);
      if (op === 'ListFunctions') return { Functions: [{ FunctionName: 'f1', LastModified: '2024-01-01T00:00:00.000+0000' }], NextMarker: 'm' };
      if (op === 'GetFunction') return { Configuration: { FunctionName: 'f1', MemorySize: 128 }, Tags: { a: 'b' } };
      return {};
    });
    const list = await client.send(new ListFunctionsCommand({ MaxItems: 5, Marker: 'x y' }));
    assert.equal(list.Functions?.[0]?.FunctionName, 'f1');
    assert.equal(list.NextMarker, 'm');
    const fn = await client.send(new GetFunctionCommand({ FunctionName: 'arn:aws:lambda:us-east-1:000000000000:function:f1', Qualifier: '$LATEST' }));
    assert.equal(fn.Configuration?.MemorySize, 128);
    await client.send(new TagResourceCommand({ Resource: 'arn:aws:lambda:us-east-1:000000000000:function:f1', Tags: { k: 'v' } }));
    assert.deepEqual(calls, [
      ['ListFunctions', { MaxItems: 5, Marker: 'x y' }],
      ['GetFunction', { FunctionName: 'arn:aws:lambda:us-east-1:000000000000:function:f1', Qualifier: '$LATEST' }],
      ['TagResource', { Resource: 'arn:aws:lambda:us-east-1:000000000000:function:f1', Tags: { k: 'v' } }],
    ]);
  });

  test('blob payloads, header members and the status code', async () => {
    let input: Record<string, unknown> = {};
    const client = lambda((_op, i) => {
      input = i;
      return { StatusCode: 200, ExecutedVersion: '$LATEST', FunctionError: 'Unhandled', Payload: Buffer.from('{"ok":true}') };
    });
    const out = await client.send(new InvokeCommand({ FunctionName: 'f1', InvocationType: 'RequestResponse', Payload: Buffer.from('{"x":1}') }));
    assert.equal(input.InvocationType, 'RequestResponse');
    assert.equal(Buffer.from(input.Payload as Buffer).toString(), '{"x":1}');
    assert.equal(out.StatusCode, 200);
    assert.equal(out.FunctionError, 'Unhandled');
    assert.equal(out.ExecutedVersion, '$LATEST');
    assert.equal(Buffer.from(out.Payload!).toString(), '{"ok":true}');
  });

  test('errors carry their class, message and modeled fields', async () => {
    const client = lambda(() => {
      throw new AwsError('ResourceNotFoundException', 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope', { status: 404, fields: { Type: 'User' } });
    });
    await assert.rejects(client.send(new GetFunctionCommand({ FunctionName: 'nope' })), (e: Error & { Type?: string; $metadata?: { httpStatusCode?: number } }) => {
      assert.equal(e.name, 'ResourceNotFoundException');
      assert.match(e.message, /^Function not found/);
      assert.equal(e.Type, 'User');
      assert.equal(e.$metadata?.httpStatusCode, 404);
      return true;
    });
  });
});

describe('rest-json errors with header-bound members', () => {
  test('TooManyRequestsException: Retry-After reaches retryAfterSeconds, body fields reach Type and Reason', async () => {
    const client = lambda(() => {
      throw new AwsError('TooManyRequestsException', 'Rate Exceeded.', {
        status: 429,
        fields: { Type: 'User', Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded' },
        headers: { 'Retry-After': '2' },
      });
    });
    await assert.rejects(client.send(new InvokeCommand({ FunctionName: 'f1' })), (e: Error & { retryAfterSeconds?: string; Type?: string; Reason?: string; $fault?: string; $metadata?: { httpStatusCode?: number } }) => {
      assert.equal(e.name, 'TooManyRequestsException');
      assert.equal(e.message, 'Rate Exceeded.');
      assert.equal(e.retryAfterSeconds, '2');
      assert.equal(e.Type, 'User');
      assert.equal(e.Reason, 'ReservedFunctionConcurrentInvocationLimitExceeded');
      assert.equal(e.$fault, 'client');
      assert.equal(e.$metadata?.httpStatusCode, 429);
      return true;
    });
  });
});
