import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  GetFunctionConfigurationCommand, InvokeCommand, UpdateFunctionCodeCommand, UpdateFunctionConfigurationCommand, waitUntilFunctionUpdatedV2,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createNodeFunction, decode, makeZip, startLambdaKumo } from './support.js';

describe('Lambda UpdateFunctionCode / UpdateFunctionConfiguration', () => {
  let kumo: EmbeddedKumo;
  let lambda: LambdaClient;
  before(async () => {
    ({ kumo, lambda } = await startLambdaKumo(['lambda']));
    await createNodeFunction(lambda, 'upd', 'export const handler = async () => ({ v: 1, stage: process.env.STAGE ?? null });');
  });
  after(() => kumo.stop());
  const run = async () => decode((await lambda.send(new InvokeCommand({ FunctionName: 'upd' }))).Payload);

  test('new code runs on the next invocation; the update goes InProgress then Successful', async () => {
    assert.deepEqual(await run(), { v: 1, stage: null });
    const updated = await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'upd', ZipFile: makeZip({ 'index.mjs': 'export const handler = async () => ({ v: 2 });' }) }));
    assert.equal(updated.LastUpdateStatus, 'InProgress');
    assert.equal(updated.State, 'Active');
    await waitUntilFunctionUpdatedV2({ client: lambda, maxWaitTime: 10, minDelay: 1 }, { FunctionName: 'upd' });
    assert.equal((await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'upd' }))).LastUpdateStatus, 'Successful');
    assert.deepEqual(await run(), { v: 2 });
  });

  test('configuration changes reach new environments; RevisionId guards', async () => {
    await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'upd', ZipFile: makeZip({ 'index.mjs': 'export const handler = async () => ({ stage: process.env.STAGE, mem: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE });' }) }));
    const out = await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'upd', Environment: { Variables: { STAGE: 'prod' } }, MemorySize: 256, Timeout: 10 }));
    assert.equal(out.MemorySize, 256);
    assert.equal(out.Timeout, 10);
    assert.deepEqual(await run(), { stage: 'prod', mem: '256' });
    await assert.rejects(lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'upd', Description: 'x', RevisionId: 'stale' })), {
      name: 'PreconditionFailedException',
    });
    await assert.rejects(lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'upd', MemorySize: 64 })), { name: 'ValidationException' });
  });
});
