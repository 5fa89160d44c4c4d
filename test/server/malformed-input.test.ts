// Whatever a client sends, Kumo answers with the protocol's own error and keeps serving.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { startTestKumo } from '../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../src/index.js';

const scope = (service: string) => `AWS4-HMAC-SHA256 Credential=test/20240101/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=0`;
const CW_JSON = { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'GraniteServiceVersion20100801.ListMetrics', authorization: scope('monitoring') };

describe('malformed requests', () => {
  let kumo: EmbeddedKumo;
  before(async () => {
    kumo = await startTestKumo(['sts', 'cloudwatch']);
  });
  after(() => kumo.stop());

  async function alive(): Promise<void> {
    assert.equal((await fetch(`${kumo.url}/_kumo/health`)).status, 200);
  }

  test('broken JSON is a SerializationException', async () => {
    const response = await fetch(kumo.url, { method: 'POST', headers: CW_JSON, body: '{"Namespace": ' });
    assert.equal(response.status, 400);
    assert.match(response.headers.get('x-amzn-errortype') ?? (await response.clone().text()), /SerializationException/);
    await alive();
  });

  test('a JSON member of the wrong type is a SerializationException', async () => {
    const response = await fetch(kumo.url, { method: 'POST', headers: CW_JSON, body: '{"Namespace": {"a": 1}}' });
    assert.equal(response.status, 400);
    assert.match(await response.text(), /SerializationException/);
  });

  test('broken CBOR is a SerializationException', async () => {
    const response = await fetch(`${kumo.url}/service/GraniteServiceVersion20100801/operation/ListMetrics`, {
      method: 'POST',
      headers: { 'content-type': 'application/cbor', 'smithy-protocol': 'rpc-v2-cbor', accept: 'application/cbor', authorization: scope('monitoring') },
      body: Buffer.from([0xbf, 0x61, 0xff, 0xff, 0x1c]),
    });
    assert.equal(response.status, 400);
    await alive();
  });

  test('a broken percent escape in a query body is MalformedQueryString', async () => {
    const response = await fetch(kumo.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: scope('sts') },
      body: 'Action=GetCallerIdentity&Version=2011-06-15&x=%zz',
    });
    assert.ok(response.status >= 400 && response.status < 500);
    assert.match(await response.text(), /MalformedQueryString/);
  });

  test('a gzip body that is not gzip is refused, not crashed on', async () => {
    const response = await fetch(kumo.url, {
      method: 'POST',
      headers: { ...CW_JSON, 'x-amz-target': 'GraniteServiceVersion20100801.PutMetricData', 'content-encoding': 'gzip' },
      body: 'not gzip at all',
    });
    assert.equal(response.status, 400);
    await alive();
  });

  test('a gzip body is decompressed for operations that accept compression', async () => {
    const body = gzipSync(JSON.stringify({ Namespace: 'Gz', MetricData: [{ MetricName: 'm', Value: 1 }] }));
    const response = await fetch(kumo.url, {
      method: 'POST',
      headers: { ...CW_JSON, 'x-amz-target': 'GraniteServiceVersion20100801.PutMetricData', 'content-encoding': 'gzip' },
      body,
    });
    assert.equal(response.status, 200, await response.text());
  });

  test('a truncated aws-chunked body is a client error', async () => {
    const response = await fetch(kumo.url, {
      method: 'POST',
      headers: { ...CW_JSON, 'content-encoding': 'aws-chunked' },
      body: 'ff\r\n{"Namespace"',
    });
    assert.equal(response.status, 400);
    await alive();
  });

  test('a client that hangs up mid-body does not hurt the server', async () => {
    const url = new URL(kumo.url);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write(`POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.0\r\nX-Amz-Target: GraniteServiceVersion20100801.ListMetrics\r\nContent-Length: 1000\r\n\r\n{"Name`);
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
    });
    await alive();
  });

  test('an unknown X-Amz-Target operation is UnknownOperationException', async () => {
    const response = await fetch(kumo.url, { method: 'POST', headers: { ...CW_JSON, 'x-amz-target': 'GraniteServiceVersion20100801.Nope' }, body: '{}' });
    assert.equal(response.status, 400);
    assert.match(await response.text(), /UnknownOperationException/);
  });
});
