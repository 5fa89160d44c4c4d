import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { ListHostedZonesCommand, Route53Client } from '@aws-sdk/client-route-53';
import { startTestKumo } from '../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../src/index.js';

const SIGNED_STS = 'AWS4-HMAC-SHA256 Credential=test/20240101/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=0';

describe('dispatch and errors', () => {
  let kumo: EmbeddedKumo;
  before(async () => {
    kumo = await startTestKumo(['sts']);
  });
  after(() => kumo.stop());

  test('a modeled operation Kumo lacks answers 501 naming it', async () => {
    const route53 = new Route53Client(kumo.clientConfig);
    await assert.rejects(route53.send(new ListHostedZonesCommand({})), (error: Error & { $metadata?: { httpStatusCode?: number } }) => {
      assert.equal(error.name, 'NotImplemented');
      assert.match(error.message, /Route 53 ListHostedZones/);
      assert.equal(error.$metadata?.httpStatusCode, 501);
      return true;
    });
  });

  test('an unknown action is InvalidAction', async () => {
    const response = await fetch(kumo.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: SIGNED_STS },
      body: 'Action=NoSuchThing&Version=2011-06-15',
    });
    assert.equal(response.status, 400);
    assert.match(await response.text(), /<Code>InvalidAction<\/Code>/);
  });

  test('a request Kumo cannot place answers 400 saying so', async () => {
    const response = await fetch(`${kumo.url}/somewhere`, { method: 'POST', body: 'x' });
    assert.equal(response.status, 400);
    assert.match(await response.text(), /UnrecognizedService/);
  });

  test('an unsigned query request resolves by Action and Version', async () => {
    const response = await fetch(kumo.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    });
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<Account>000000000000<\/Account>/);
  });

  test('a body over the limit is refused with 413, and the connection stays usable', async () => {
    const response = await fetch(kumo.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: SIGNED_STS },
      body: Buffer.alloc(65 * 1024 * 1024, 'a'),
    });
    assert.equal(response.status, 413);
    assert.match(await response.text(), /RequestEntityTooLarge/);
    assert.equal((await fetch(`${kumo.url}/_kumo/health`)).status, 200);
  });

  test('CORS preflights are answered for browser SDKs', async () => {
    const response = await fetch(kumo.url, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,x-amz-date' },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://localhost:3000');
    assert.equal(response.headers.get('access-control-allow-headers'), 'authorization,x-amz-date');
    assert.match(response.headers.get('access-control-expose-headers') ?? '', /x-amzn-requestid/);
  });

  test('Expect: 100-continue gets its interim answer', async () => {
    const url = new URL(kumo.url);
    const body = 'Action=GetCallerIdentity&Version=2011-06-15';
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({
        host: url.hostname,
        port: url.port,
        method: 'POST',
        headers: { expect: '100-continue', 'content-type': 'application/x-www-form-urlencoded', 'content-length': body.length, authorization: SIGNED_STS },
      });
      req.on('continue', () => req.end(body));
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
    });
    assert.equal(status, 200);
  });
});
