// The bundled build (dist/bundle/, what `kumo` and `import 'kumo'` load) serves like the
// sources, including a Lambda function whose runner ships as text inside the bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CreateFunctionCommand, InvokeCommand, LambdaClient, waitUntilFunctionActiveV2 } from '@aws-sdk/client-lambda';
import { makeZip, ROLE } from './services/lambda/support.js';

const bundle = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'dist', 'bundle', 'index.mjs');

test('the bundled embedding entry starts Kumo and runs a Node.js function', { skip: existsSync(bundle) ? false : 'no build: run npm run build' }, async () => {
  const { startKumo } = (await import(pathToFileURL(bundle).href)) as typeof import('../src/index.js');
  const kumo = await startKumo({ port: 0, services: ['lambda', 'cloudwatch-logs'] });
  try {
    const lambda = new LambdaClient(kumo.clientConfig);
    await lambda.send(new CreateFunctionCommand({
      FunctionName: 'bundled',
      Runtime: 'nodejs20.x',
      Role: ROLE,
      Handler: 'index.handler',
      Code: { ZipFile: makeZip({ 'index.mjs': 'export const handler = async (event) => ({ doubled: event.n * 2 });' }) },
    }));
    await waitUntilFunctionActiveV2({ client: lambda, maxWaitTime: 30 }, { FunctionName: 'bundled' });
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'bundled', Payload: Buffer.from('{"n":21}') }));
    assert.equal(out.FunctionError, undefined);
    assert.deepEqual(JSON.parse(Buffer.from(out.Payload!).toString()), { doubled: 42 });
  } finally {
    await kumo.stop();
  }
});
