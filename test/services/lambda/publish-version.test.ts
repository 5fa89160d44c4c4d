import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateAliasCommand, DeleteFunctionCommand, GetAliasCommand, InvokeCommand, ListAliasesCommand, ListVersionsByFunctionCommand, PublishVersionCommand,
  UpdateAliasCommand, UpdateFunctionCodeCommand, type LambdaClient,
} from '@aws-sdk/client-lambda';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createNodeFunction, decode, makeZip, startLambdaKumo } from './support.js';

describe('Lambda versions and aliases', () => {
  let kumo: EmbeddedKumo;
  let lambda: LambdaClient;
  before(async () => {
    ({ kumo, lambda } = await startLambdaKumo(['lambda']));
    await createNodeFunction(lambda, 'ver', 'export const handler = async (e, c) => ({ code: 1, version: c.functionVersion });');
  });
  after(() => kumo.stop());
  const run = async (FunctionName: string) => {
    const out = await lambda.send(new InvokeCommand({ FunctionName }));
    return { ...(decode(out.Payload) as object), executed: out.ExecutedVersion };
  };

  test('PublishVersion freezes code; publishing unchanged code returns the same version', async () => {
    const v1 = await lambda.send(new PublishVersionCommand({ FunctionName: 'ver', Description: 'first' }));
    assert.equal(v1.Version, '1');
    assert.equal(v1.FunctionArn, 'arn:aws:lambda:us-east-1:000000000000:function:ver:1');
    assert.equal((await lambda.send(new PublishVersionCommand({ FunctionName: 'ver' }))).Version, '1');
    await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'ver', ZipFile: makeZip({ 'index.mjs': 'export const handler = async (e, c) => ({ code: 2, version: c.functionVersion });' }) }));
    const v2 = await lambda.send(new PublishVersionCommand({ FunctionName: 'ver' }));
    assert.equal(v2.Version, '2');
    assert.deepEqual(await run('ver:1'), { code: 1, version: '1', executed: '1' });
    assert.deepEqual(await run('ver'), { code: 2, version: '$LATEST', executed: '$LATEST' });
    const versions = await lambda.send(new ListVersionsByFunctionCommand({ FunctionName: 'ver' }));
    assert.deepEqual(versions.Versions?.map((v) => v.Version), ['$LATEST', '1', '2']);
  });

  test('aliases point at versions, with weighted routing between two', async () => {
    const alias = await lambda.send(new CreateAliasCommand({ FunctionName: 'ver', Name: 'live', FunctionVersion: '1' }));
    assert.equal(alias.AliasArn, 'arn:aws:lambda:us-east-1:000000000000:function:ver:live');
    assert.deepEqual(await run('ver:live'), { code: 1, version: '1', executed: '1' });
    await lambda.send(new UpdateAliasCommand({ FunctionName: 'ver', Name: 'live', RoutingConfig: { AdditionalVersionWeights: { '2': 0.5 } } }));
    const seen = new Set<string>();
    for (let i = 0; i < 40 && seen.size < 2; i++) seen.add((await run('ver:live')).executed!);
    assert.deepEqual([...seen].sort(), ['1', '2']);
    assert.deepEqual((await lambda.send(new GetAliasCommand({ FunctionName: 'ver', Name: 'live' }))).RoutingConfig?.AdditionalVersionWeights, { '2': 0.5 });
    assert.equal((await lambda.send(new ListAliasesCommand({ FunctionName: 'ver' }))).Aliases?.length, 1);
    await assert.rejects(lambda.send(new CreateAliasCommand({ FunctionName: 'ver', Name: 'live', FunctionVersion: '1' })), { name: 'ResourceConflictException' });
    await assert.rejects(lambda.send(new UpdateAliasCommand({ FunctionName: 'ver', Name: 'live', RoutingConfig: { AdditionalVersionWeights: { '9': 0.1 } } })), { name: 'ResourceNotFoundException' });
    await assert.rejects(lambda.send(new DeleteFunctionCommand({ FunctionName: 'ver', Qualifier: '2' })), { name: 'ResourceConflictException' });
  });
});
