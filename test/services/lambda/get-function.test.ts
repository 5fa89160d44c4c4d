import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetFunctionCommand, GetFunctionConfigurationCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createNodeFunction, startLambdaKumo } from './support.js';

describe('Lambda GetFunction / GetFunctionConfiguration', () => {
  let kumo: EmbeddedKumo;
  let lambda: LambdaClient;
  let sha: string;
  before(async () => {
    ({ kumo, lambda } = await startLambdaKumo(['lambda']));
    sha = (await createNodeFunction(lambda, 'getme', 'export const handler = async () => "code";')).CodeSha256!;
  });
  after(() => kumo.stop());

  test('Code.Location downloads the zip from Kumo, without credentials', async () => {
    const out = await lambda.send(new GetFunctionCommand({ FunctionName: 'getme' }));
    assert.equal(out.Code?.RepositoryType, 'S3');
    assert.ok(out.Code?.Location?.startsWith(`${kumo.url}/_kumo/blobs/`));
    const response = await fetch(out.Code!.Location!);
    assert.equal(response.status, 200);
    const zip = Buffer.from(await response.arrayBuffer());
    assert.equal((await import('node:crypto')).createHash('sha256').update(zip).digest('base64'), sha);
    const forged = await fetch(out.Code!.Location!.replace(/signature=[0-9a-f]{4}/, 'signature=0000'));
    assert.equal(forged.status, 403);
  });

  test('by name, ARN or partial ARN; unknown names and versions are 404s', async () => {
    for (const FunctionName of ['getme', 'arn:aws:lambda:us-east-1:000000000000:function:getme', '000000000000:function:getme', 'getme:$LATEST']) {
      const config = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName }));
      assert.equal(config.FunctionName, 'getme');
      assert.equal(config.Runtime, 'nodejs20.x');
      assert.equal(config.Handler, 'index.handler');
      assert.equal(config.Role, 'arn:aws:iam::000000000000:role/lambda-role');
    }
    await assert.rejects(lambda.send(new GetFunctionCommand({ FunctionName: 'getme', Qualifier: '7' })), {
      name: 'ResourceNotFoundException', message: 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:getme:7',
    });
    await assert.rejects(lambda.send(new GetFunctionCommand({ FunctionName: 'getme:1', Qualifier: '2' })), { name: 'InvalidParameterValueException' });
  });
});
