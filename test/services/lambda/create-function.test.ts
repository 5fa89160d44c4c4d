import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateFunctionCommand, GetFunctionCommand, waitUntilFunctionActiveV2, type LambdaClient } from '@aws-sdk/client-lambda';
import type { EmbeddedKumo } from '../../../src/index.js';
import { ROLE, createNodeFunction, makeZip, startLambdaKumo } from './support.js';

describe('Lambda CreateFunction', () => {
  let kumo: EmbeddedKumo;
  let lambda: LambdaClient;
  before(async () => ({ kumo, lambda } = await startLambdaKumo()));
  after(() => kumo.stop());

  test('a zip function starts Pending and becomes Active', async () => {
    const zip = makeZip({ 'index.mjs': 'export const handler = async () => 1;' });
    const created = await lambda.send(new CreateFunctionCommand({
      FunctionName: 'fn-one', Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Code: { ZipFile: zip },
      Environment: { Variables: { STAGE: 'test' } }, Tags: { team: 'a' }, Description: 'first',
    }));
    assert.equal(created.FunctionName, 'fn-one');
    assert.equal(created.FunctionArn, 'arn:aws:lambda:us-east-1:000000000000:function:fn-one');
    assert.equal(created.State, 'Pending');
    assert.equal(created.StateReasonCode, 'Creating');
    assert.equal(created.Version, '$LATEST');
    assert.equal(created.Timeout, 3);
    assert.equal(created.MemorySize, 128);
    assert.equal(created.PackageType, 'Zip');
    assert.deepEqual(created.Architectures, ['x86_64']);
    assert.equal(created.CodeSize, zip.length);
    assert.equal(created.CodeSha256, (await import('node:crypto')).createHash('sha256').update(zip).digest('base64'));
    assert.match(created.LastModified!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    assert.deepEqual(created.Environment?.Variables, { STAGE: 'test' });
    assert.deepEqual(created.LoggingConfig, { LogFormat: 'Text', LogGroup: '/aws/lambda/fn-one' });
    await waitUntilFunctionActiveV2({ client: lambda, maxWaitTime: 10, minDelay: 1 }, { FunctionName: 'fn-one' });
    const got = await lambda.send(new GetFunctionCommand({ FunctionName: 'fn-one' }));
    assert.equal(got.Configuration?.State, 'Active');
    assert.equal(got.Configuration?.LastUpdateStatus, 'Successful');
    assert.deepEqual(got.Tags, { team: 'a' });
  });

  test('AWS refusals: duplicate name, bad role, retired runtime, reserved variables, bad zip, images', async () => {
    await createNodeFunction(lambda, 'dup', 'export const handler = async () => 1;');
    await assert.rejects(createNodeFunction(lambda, 'dup', 'x'), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'ResourceConflictException');
      assert.equal(e.message, 'Function already exist: dup');
      assert.equal(e.$metadata.httpStatusCode, 409);
      return true;
    });
    await assert.rejects(createNodeFunction(lambda, 'r1', 'x', { Role: 'not-a-role' }), { name: 'ValidationException' });
    await assert.rejects(createNodeFunction(lambda, 'r2', 'x', { Runtime: 'nodejs12.x' }), {
      name: 'InvalidParameterValueException', message: /The runtime parameter of nodejs12.x is no longer supported/,
    });
    await assert.rejects(createNodeFunction(lambda, 'r3', 'x', { Environment: { Variables: { AWS_REGION: 'x' } } }), {
      name: 'InvalidParameterValueException', message: /Reserved keys used in this request: AWS_REGION/,
    });
    await assert.rejects(createNodeFunction(lambda, 'r4', 'x', { Timeout: 901 }), { name: 'ValidationException' });
    await assert.rejects(lambda.send(new CreateFunctionCommand({ FunctionName: 'r5', Runtime: 'nodejs20.x', Role: ROLE, Handler: 'i.h', Code: { ZipFile: Buffer.from('not a zip') } })), {
      name: 'InvalidParameterValueException', message: 'Could not unzip uploaded file. Please check your file, then try to upload again.',
    });
    await assert.rejects(lambda.send(new CreateFunctionCommand({ FunctionName: 'r6', PackageType: 'Image', Role: ROLE, Code: { ImageUri: '1.dkr.ecr.us-east-1.amazonaws.com/x:latest' } })), {
      name: 'InvalidParameterValueException', message: /container image/,
    });
  });
});
