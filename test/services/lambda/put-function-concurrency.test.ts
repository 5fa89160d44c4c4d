import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LambdaClient as Client, DeleteFunctionConcurrencyCommand, GetFunctionConcurrencyCommand, GetFunctionCommand, InvokeCommand, PutFunctionConcurrencyCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createNodeFunction, decode, startLambdaKumo } from './support.js';

describe('Lambda reserved concurrency', () => {
  let kumo: EmbeddedKumo;
  let lambda: LambdaClient;
  before(async () => {
    ({ kumo } = await startLambdaKumo(['lambda']));
    // The SDK retries throttling errors; one attempt shows what Lambda answered.
    lambda = new Client({ ...kumo.clientConfig, maxAttempts: 1 });
    await createNodeFunction(lambda, 'busy', 'export const handler = async (e) => { await new Promise((r) => setTimeout(r, e.ms ?? 0)); return "done"; };');
  });
  after(() => kumo.stop());

  test('invocations beyond the reservation are throttled with TooManyRequestsException', async () => {
    assert.equal((await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'busy', ReservedConcurrentExecutions: 1 }))).ReservedConcurrentExecutions, 1);
    assert.equal((await lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: 'busy' }))).ReservedConcurrentExecutions, 1);
    assert.equal((await lambda.send(new GetFunctionCommand({ FunctionName: 'busy' }))).Concurrency?.ReservedConcurrentExecutions, 1);
    const slow = lambda.send(new InvokeCommand({ FunctionName: 'busy', Payload: Buffer.from('{"ms":400}') }));
    await new Promise((r) => setTimeout(r, 150));
    await assert.rejects(lambda.send(new InvokeCommand({ FunctionName: 'busy' })), (e: Error & { Reason?: string; $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'TooManyRequestsException');
      assert.equal(e.Reason, 'ReservedFunctionConcurrentInvocationLimitExceeded');
      assert.equal(e.$metadata.httpStatusCode, 429);
      return true;
    });
    assert.equal(decode((await slow).Payload), 'done');
    await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'busy', ReservedConcurrentExecutions: 0 }));
    await assert.rejects(lambda.send(new InvokeCommand({ FunctionName: 'busy' })), { name: 'TooManyRequestsException' });
    await lambda.send(new DeleteFunctionConcurrencyCommand({ FunctionName: 'busy' }));
    assert.equal((await lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: 'busy' }))).ReservedConcurrentExecutions, undefined);
    assert.equal(decode((await lambda.send(new InvokeCommand({ FunctionName: 'busy' }))).Payload), 'done');
    await assert.rejects(lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'busy', ReservedConcurrentExecutions: 901 })), { name: 'InvalidParameterValueException' });
  });
});
