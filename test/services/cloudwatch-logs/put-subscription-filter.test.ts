import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CloudWatchLogsClient, CreateLogGroupCommand, CreateLogStreamCommand, DeleteSubscriptionFilterCommand, DescribeSubscriptionFiltersCommand,
  FilterLogEventsCommand, PutLogEventsCommand, PutSubscriptionFilterCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { startTestKumo } from '../../support/start-test-kumo.js';
import { makeZip, ROLE } from '../lambda/support.js';
import type { EmbeddedKumo } from '../../../src/index.js';

describe('Subscription filters to Lambda', () => {
  let kumo: EmbeddedKumo;
  let logs: CloudWatchLogsClient;
  let lambda: LambdaClient;
  before(async () => {
    kumo = await startTestKumo(['cloudwatch-logs', 'lambda']);
    logs = new CloudWatchLogsClient(kumo.clientConfig);
    lambda = new LambdaClient(kumo.clientConfig);
  });
  after(() => kumo.stop());

  test('matching events reach the function as AWS\'s gzipped base64 awslogs payload', async () => {
    const source = `import { gunzipSync } from 'node:zlib';
export const handler = async (event) => {
  const data = JSON.parse(gunzipSync(Buffer.from(event.awslogs.data, 'base64')).toString());
  console.log('GOT ' + JSON.stringify(data));
};`;
    const fn = await lambda.send(new CreateFunctionCommand({ FunctionName: 'sink', Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Code: { ZipFile: makeZip({ 'index.mjs': source }) } }));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'svc' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'svc', logStreamName: 'main' }));
    await assert.rejects(logs.send(new PutSubscriptionFilterCommand({ logGroupName: 'svc', filterName: 'bad', filterPattern: '', destinationArn: 'arn:aws:lambda:us-east-1:000000000000:function:missing' })), {
      name: 'InvalidParameterException', message: 'Could not execute the lambda function. Make sure you have given CloudWatch Logs permission to execute your function.',
    });
    await logs.send(new PutSubscriptionFilterCommand({ logGroupName: 'svc', filterName: 'errors', filterPattern: 'ERROR', destinationArn: fn.FunctionArn! }));
    const described = await logs.send(new DescribeSubscriptionFiltersCommand({ logGroupName: 'svc' }));
    assert.deepEqual(described.subscriptionFilters?.map((f) => [f.filterName, f.destinationArn, f.distribution]), [['errors', fn.FunctionArn, 'ByLogStream']]);
    const now = Date.now();
    await logs.send(new PutLogEventsCommand({ logGroupName: 'svc', logStreamName: 'main', logEvents: [{ timestamp: now, message: 'ERROR one' }, { timestamp: now, message: 'INFO two' }] }));
    let message: string | undefined;
    for (let i = 0; i < 60 && !message; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const out = await logs.send(new FilterLogEventsCommand({ logGroupName: '/aws/lambda/sink', filterPattern: 'GOT' })).catch(() => ({ events: [] }));
      message = out.events?.[0]?.message;
    }
    const data = JSON.parse(message!.slice(message!.indexOf('GOT ') + 4));
    assert.equal(data.messageType, 'DATA_MESSAGE');
    assert.equal(data.owner, '000000000000');
    assert.equal(data.logGroup, 'svc');
    assert.equal(data.logStream, 'main');
    assert.deepEqual(data.subscriptionFilters, ['errors']);
    assert.deepEqual(data.logEvents.map((e: { message: string; timestamp: number }) => [e.message, e.timestamp]), [['ERROR one', now]]);
    assert.match(data.logEvents[0].id, /^\d+$/);
    await logs.send(new DeleteSubscriptionFilterCommand({ logGroupName: 'svc', filterName: 'errors' }));
    assert.deepEqual((await logs.send(new DescribeSubscriptionFiltersCommand({ logGroupName: 'svc' }))).subscriptionFilters, []);
  });
});
