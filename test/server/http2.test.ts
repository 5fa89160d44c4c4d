import assert from 'node:assert/strict';
import { connect } from 'node:http2';
import { after, before, describe, test } from 'node:test';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { CreateStreamCommand, DescribeStreamSummaryCommand, KinesisClient } from '@aws-sdk/client-kinesis';
import { startTestKumo, type TestKumo } from '../support/start-test-kumo.js';

describe('HTTP/2 without TLS (h2c) on the same port as HTTP/1.1', () => {
  let kumo: TestKumo;
  before(async () => {
    kumo = await startTestKumo(['sts', 'kinesis']);
  });
  after(() => kumo.stop());

  test('the SDK v3 Kinesis client, which speaks HTTP/2 by default, works unmodified', async () => {
    const kinesis = new KinesisClient(kumo.clientConfig);
    try {
      await kinesis.send(new CreateStreamCommand({ StreamName: 'h2-stream', ShardCount: 1 }));
      const summary = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'h2-stream' }));
      assert.equal(summary.StreamDescriptionSummary?.StreamName, 'h2-stream');
      assert.equal(summary.StreamDescriptionSummary?.OpenShardCount, 1);
    } finally {
      kinesis.destroy();
    }
  });

  test('an HTTP/1.1 client on the same port still works', async () => {
    const sts = new STSClient(kumo.clientConfig);
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Account, '000000000000');
    sts.destroy();
  });

  test('a raw HTTP/2 request gets the same answer and request id headers', async () => {
    const session = connect(kumo.url);
    try {
      const body = 'Action=GetCallerIdentity&Version=2011-06-15';
      const stream = session.request({ ':method': 'POST', ':path': '/', 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(body.length) });
      stream.end(body);
      const headers = await new Promise<Record<string, unknown>>((resolve) => stream.once('response', resolve));
      let text = '';
      stream.setEncoding('utf8');
      for await (const chunk of stream) text += chunk as string;
      assert.equal(headers[':status'], 200);
      assert.match(String(headers['x-amzn-requestid']), /^[0-9a-f-]{36}$/);
      assert.match(text, /<Account>000000000000<\/Account>/);
    } finally {
      session.close();
    }
  });
});
