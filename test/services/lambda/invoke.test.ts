import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateFunctionCommand, InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { ROLE, createNodeFunction, decode, makeZip, startLambdaKumo } from './support.js';

describe('Lambda Invoke', () => {
  let kumo: EmbeddedKumo;
  let lambda: LambdaClient;
  before(async () => {
    ({ kumo, lambda } = await startLambdaKumo());
    await createNodeFunction(lambda, 'echo', `
      export const handler = async (event, context) => {
        console.log('got', JSON.stringify(event));
        if (event.fail) throw new TypeError('it broke');
        if (event.sleep) await new Promise((r) => setTimeout(r, event.sleep));
        return { event, name: context.functionName, version: context.functionVersion, stage: process.env.STAGE,
          region: process.env.AWS_REGION, endpoint: process.env.AWS_ENDPOINT_URL, arn: context.invokedFunctionArn,
          remaining: context.getRemainingTimeInMillis() > 0, group: context.logGroupName };
      };`, { Environment: { Variables: { STAGE: 'dev' } }, Timeout: 1 });
  });
  after(() => kumo.stop());

  const call = (FunctionName: string, event: unknown, extra: Record<string, unknown> = {}) =>
    lambda.send(new InvokeCommand({ FunctionName, Payload: Buffer.from(JSON.stringify(event)), ...extra }));

  test('RequestResponse runs the handler with the event, context and environment', async () => {
    const out = await call('echo', { a: 1 });
    assert.equal(out.StatusCode, 200);
    assert.equal(out.FunctionError, undefined);
    assert.equal(out.ExecutedVersion, '$LATEST');
    assert.deepEqual(decode(out.Payload), {
      event: { a: 1 }, name: 'echo', version: '$LATEST', stage: 'dev', region: 'us-east-1', endpoint: kumo.url,
      arn: 'arn:aws:lambda:us-east-1:000000000000:function:echo', remaining: true, group: '/aws/lambda/echo',
    });
  });

  test('a thrown error: Unhandled, with errorType, errorMessage and trace', async () => {
    const out = await call('echo', { fail: true });
    assert.equal(out.StatusCode, 200);
    assert.equal(out.FunctionError, 'Unhandled');
    const body = decode(out.Payload) as { errorType: string; errorMessage: string; trace: string[] };
    assert.equal(body.errorType, 'TypeError');
    assert.equal(body.errorMessage, 'it broke');
    assert.match(body.trace[0]!, /^TypeError: it broke/);
  });

  test('LogType Tail returns the end of the log: START, output, END, REPORT', async () => {
    const out = await call('echo', { b: 2 }, { LogType: 'Tail' });
    const log = Buffer.from(out.LogResult!, 'base64').toString('utf8');
    assert.match(log, /^START RequestId: [0-9a-f-]{36} Version: \$LATEST\n/);
    assert.match(log, /\tINFO\tgot {"b":2}\n/);
    assert.match(log, /END RequestId: [0-9a-f-]{36}\nREPORT RequestId: [0-9a-f-]{36}\tDuration: [\d.]+ ms\tBilled Duration: \d+ ms\tMemory Size: 128 MB\tMax Memory Used: \d+ MB/);
    assert.ok(Buffer.from(out.LogResult!, 'base64').length <= 4096);
  });

  test('the timeout is enforced and the environment replaced', async () => {
    const out = await call('echo', { sleep: 3000 });
    assert.equal(out.FunctionError, 'Unhandled');
    const body = decode(out.Payload) as { errorType: string; errorMessage: string };
    assert.equal(body.errorType, 'Sandbox.Timedout');
    assert.match(body.errorMessage, /^RequestId: [0-9a-f-]{36} Error: Task timed out after 1\.00 seconds$/);
    const next = await call('echo', { after: 'timeout' });
    assert.equal(next.FunctionError, undefined);
  });

  test('logs reach CloudWatch Logs under /aws/lambda/<name>', async () => {
    const logs = new CloudWatchLogsClient(kumo.clientConfig);
    const { events } = await logs.send(new FilterLogEventsCommand({ logGroupName: '/aws/lambda/echo', filterPattern: '"got {\\"a\\":1}"' }));
    assert.equal(events?.length, 1);
    assert.match(events![0]!.logStreamName!, /^\d{4}\/\d\d\/\d\d\/\[\$LATEST\][0-9a-f]{32}$/);
    const reports = await logs.send(new FilterLogEventsCommand({ logGroupName: '/aws/lambda/echo', filterPattern: 'REPORT' }));
    assert.ok((reports.events?.length ?? 0) >= 4);
    assert.ok(reports.events!.some((e) => /Init Duration: [\d.]+ ms/.test(e.message!)), 'the cold start reports its init duration');
  });

  test('Event answers 202 at once; DryRun 204; bad JSON and unknown functions are refused', async () => {
    const event = await call('echo', { async: true }, { InvocationType: 'Event' });
    assert.equal(event.StatusCode, 202);
    const dry = await call('echo', {}, { InvocationType: 'DryRun' });
    assert.equal(dry.StatusCode, 204);
    await assert.rejects(lambda.send(new InvokeCommand({ FunctionName: 'echo', Payload: Buffer.from('{nope') })), { name: 'InvalidRequestContentException' });
    await assert.rejects(call('missing', {}), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'ResourceNotFoundException');
      assert.equal(e.message, 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:missing');
      assert.equal(e.$metadata.httpStatusCode, 404);
      return true;
    });
  });

  test('CommonJS handlers with callbacks, and a missing handler is an init error', async () => {
    await createNodeFunction(lambda, 'cjs', `exports.handler = (event, context, callback) => { callback(null, { doubled: event.n * 2 }); };`, {}, 'index.js');
    assert.deepEqual(decode((await call('cjs', { n: 21 })).Payload), { doubled: 42 });
    await createNodeFunction(lambda, 'nohandler', 'export const other = 1;');
    const out = await call('nohandler', {});
    assert.equal(out.FunctionError, 'Unhandled');
    assert.deepEqual(decode(out.Payload), { errorType: 'Runtime.HandlerNotFound', errorMessage: 'index.handler is undefined or not exported', trace: (decode(out.Payload) as { trace: string[] }).trace });
  });

  test('a Python function', async () => {
    await lambda.send(new CreateFunctionCommand({
      FunctionName: 'py', Runtime: 'python3.12', Role: ROLE, Handler: 'app.handler',
      Code: { ZipFile: makeZip({ 'app.py': 'import os\ndef handler(event, context):\n    print("hi from python")\n    if event.get("fail"):\n        raise ValueError("no good")\n    return {"sum": event["a"] + event["b"], "name": context.function_name, "region": os.environ["AWS_REGION"]}\n' }) },
    }));
    assert.deepEqual(decode((await call('py', { a: 2, b: 3 })).Payload), { sum: 5, name: 'py', region: 'us-east-1' });
    const failed = await call('py', { fail: true });
    assert.equal(failed.FunctionError, 'Unhandled');
    const body = decode(failed.Payload) as { errorType: string; errorMessage: string; stackTrace: string[]; requestId: string };
    assert.equal(body.errorType, 'ValueError');
    assert.equal(body.errorMessage, 'no good');
    assert.ok(body.stackTrace.length >= 1);
  });

  test('a custom runtime: a bootstrap executable speaking the Runtime API', async () => {
    const bootstrap = `#!/bin/sh
set -e
while true; do
  HEADERS="$(mktemp)"
  EVENT=$(curl -sS -LD "$HEADERS" "http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime/invocation/next")
  ID=$(grep -Fi Lambda-Runtime-Aws-Request-Id "$HEADERS" | tr -d '[:space:]' | cut -d: -f2)
  curl -sS -X POST "http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime/invocation/$ID/response" -d "{\\"echo\\":$EVENT,\\"handler\\":\\"$_HANDLER\\"}" >/dev/null
done
`;
    await lambda.send(new CreateFunctionCommand({
      FunctionName: 'custom', Runtime: 'provided.al2023', Role: ROLE, Handler: 'my.handler',
      Code: { ZipFile: makeZip({ bootstrap: { content: bootstrap, mode: 0o755 } }) },
    }));
    assert.deepEqual(decode((await call('custom', { x: 1 })).Payload), { echo: { x: 1 }, handler: 'my.handler' });
  });
});
