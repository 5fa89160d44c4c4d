import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import {
  CreateFunctionUrlConfigCommand, DeleteFunctionUrlConfigCommand, GetFunctionUrlConfigCommand, ListFunctionUrlConfigsCommand,
  UpdateFunctionUrlConfigCommand, LambdaClient,
} from '@aws-sdk/client-lambda';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import { startKumo } from '../../../src/index.js';
import { SignatureV4 } from '@smithy/signature-v4';
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createNodeFunction, startLambdaKumo } from './support.js';

const ECHO = `export const handler = async (event) => {
  if (event.rawPath === '/plain') return 'just text';
  if (event.rawPath === '/object') return { ok: true };
  return { statusCode: 201, headers: { 'x-echo': 'yes' }, cookies: ['a=1', 'b=2'], body: JSON.stringify(event) };
};`;

/** SHA-256 (HMAC with a secret) in the shape SignatureV4 wants. */
class Sha256 {
  private readonly hash: Hash | Hmac;
  constructor(secret?: string | Uint8Array) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', secret);
  }
  update(data: string | Uint8Array): void {
    this.hash.update(data);
  }
  async digest(): Promise<Uint8Array> {
    return this.hash.digest();
  }
}

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: string }

describe('Function URLs', () => {
  let kumo: EmbeddedKumo;
  let lambda: LambdaClient;
  let port: number;
  before(async () => {
    ({ kumo, lambda } = await startLambdaKumo(['lambda', 'cloudwatch-logs']));
    port = Number(new URL(kumo.url).port);
    await createNodeFunction(lambda, 'web', ECHO);
  });
  after(() => kumo.stop());

  function call(host: string, method: string, path: string, headers: Record<string, string> = {}, body = ''): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method, path, headers: { host, ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  test('create, get, update, list and delete a URL config', async () => {
    const created = await lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'web', AuthType: 'NONE', Cors: { AllowOrigins: ['https://app.example'], AllowMethods: ['POST'], MaxAge: 60 } }));
    assert.equal(created.$metadata.httpStatusCode, 201);
    assert.match(created.FunctionUrl!, new RegExp(`^http://[a-z0-9]{32}\\.lambda-url\\.us-east-1\\.localhost:${port}/$`));
    assert.equal(created.FunctionArn, 'arn:aws:lambda:us-east-1:000000000000:function:web');
    assert.equal(created.AuthType, 'NONE');
    await assert.rejects(lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'web', AuthType: 'NONE' })), {
      name: 'ResourceConflictException',
      message: 'Failed to create function url config for [functionArn = arn:aws:lambda:us-east-1:000000000000:function:web]. Error message:  FunctionUrlConfig exists for this Lambda function',
    });
    const got = await lambda.send(new GetFunctionUrlConfigCommand({ FunctionName: 'web' }));
    assert.equal(got.FunctionUrl, created.FunctionUrl);
    assert.equal(got.InvokeMode, 'BUFFERED');
    assert.deepEqual(got.Cors, { AllowOrigins: ['https://app.example'], AllowMethods: ['POST'], MaxAge: 60 });
    const updated = await lambda.send(new UpdateFunctionUrlConfigCommand({ FunctionName: 'web', AuthType: 'AWS_IAM' }));
    assert.equal(updated.AuthType, 'AWS_IAM');
    const listed = await lambda.send(new ListFunctionUrlConfigsCommand({ FunctionName: 'web' }));
    assert.deepEqual(listed.FunctionUrlConfigs?.map((c) => c.FunctionUrl), [created.FunctionUrl]);
    await lambda.send(new DeleteFunctionUrlConfigCommand({ FunctionName: 'web' }));
    await assert.rejects(lambda.send(new GetFunctionUrlConfigCommand({ FunctionName: 'web' })), { name: 'ResourceNotFoundException', message: 'The resource you requested does not exist.' });
    await assert.rejects(lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'web', AuthType: 'OPEN' })), { name: 'ValidationException' });
  });

  test('a request by Host invokes the function with the 2.0 event and maps its response, with CORS', async () => {
    const { FunctionUrl } = await lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'web', AuthType: 'NONE', Cors: { AllowOrigins: ['https://app.example'], AllowMethods: ['POST'], ExposeHeaders: ['x-echo'], MaxAge: 60 } }));
    const host = new URL(FunctionUrl!).host;
    const reply = await call(host, 'POST', '/orders/7?x=1&x=2&y=3', { 'content-type': 'application/json', cookie: 'session=abc', origin: 'https://app.example' }, '{"n":1}');
    assert.equal(reply.status, 201);
    assert.equal(reply.headers['x-echo'], 'yes');
    assert.deepEqual(reply.headers['set-cookie'], ['a=1', 'b=2']);
    assert.equal(reply.headers['access-control-allow-origin'], 'https://app.example');
    assert.equal(reply.headers['access-control-expose-headers'], 'x-echo');
    const event = JSON.parse(reply.body);
    assert.equal(event.version, '2.0');
    assert.equal(event.routeKey, '$default');
    assert.equal(event.rawPath, '/orders/7');
    assert.equal(event.rawQueryString, 'x=1&x=2&y=3');
    assert.deepEqual(event.queryStringParameters, { x: '1,2', y: '3' });
    assert.deepEqual(event.cookies, ['session=abc']);
    assert.equal(event.body, '{"n":1}');
    assert.equal(event.isBase64Encoded, false);
    assert.equal(event.requestContext.http.method, 'POST');
    assert.equal(event.requestContext.domainPrefix, host.split('.')[0]);
    assert.equal(event.requestContext.stage, '$default');
    assert.match(event.requestContext.time, /^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/);

    // Preflights follow the URL's own CORS config, not Kumo's generic answer.
    const allowed = await call(host, 'OPTIONS', '/orders', { origin: 'https://app.example', 'access-control-request-method': 'POST' });
    assert.equal(allowed.status, 200);
    assert.equal(allowed.headers['access-control-allow-origin'], 'https://app.example');
    assert.equal(allowed.headers['access-control-allow-methods'], 'POST');
    assert.equal(allowed.headers['access-control-max-age'], '60');
    const other = await call(host, 'OPTIONS', '/orders', { origin: 'https://evil.example', 'access-control-request-method': 'POST' });
    assert.equal(other.headers['access-control-allow-origin'], undefined);

    const binary = JSON.parse((await call(host, 'PUT', '/bin', { 'content-type': 'application/octet-stream' }, 'raw')).body);
    assert.equal(binary.isBase64Encoded, true);
    assert.equal(Buffer.from(binary.body, 'base64').toString(), 'raw');
  });

  test('the path form, bare string and object answers; AWS_IAM needs a SigV4 signature', async () => {
    await lambda.send(new UpdateFunctionUrlConfigCommand({ FunctionName: 'web', AuthType: 'NONE' }));
    const id = new URL((await lambda.send(new GetFunctionUrlConfigCommand({ FunctionName: 'web' }))).FunctionUrl!).host.split('.')[0];
    const plain = await call(`127.0.0.1:${port}`, 'GET', `/_kumo/lambda-url/${id}/plain`);
    assert.equal(plain.status, 200);
    assert.equal(plain.body, 'just text');
    const object = await call(`127.0.0.1:${port}`, 'GET', `/_kumo/lambda-url/${id}/object`);
    assert.equal(object.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(object.body), { ok: true });

    await lambda.send(new UpdateFunctionUrlConfigCommand({ FunctionName: 'web', AuthType: 'AWS_IAM' }));
    const host = `${id}.lambda-url.us-east-1.localhost:${port}`;
    const unsigned = await call(host, 'GET', '/object');
    assert.equal(unsigned.status, 403);
    assert.deepEqual(JSON.parse(unsigned.body), { Message: 'Forbidden' });
    const signer = new SignatureV4({ service: 'lambda', region: 'us-east-1', credentials: { accessKeyId: '000000000000', secretAccessKey: 'test' }, sha256: Sha256 });
    const signed = await signer.sign({ method: 'GET', protocol: 'http:', hostname: host.split(':')[0]!, port, path: '/object', headers: { host }, query: {} });
    const ok = await call(host, 'GET', '/object', signed.headers as Record<string, string>);
    assert.equal(ok.status, 200);
    assert.deepEqual(JSON.parse(ok.body), { ok: true });
  });
});

describe('Function URLs with SigV4 enforcement on', () => {
  let kumo: EmbeddedKumo;
  let lambda: LambdaClient;
  before(async () => {
    kumo = await startKumo({ port: 0, services: ['lambda', 'cloudwatch-logs', 'iam'], enforceSigV4: true, logLevel: 'silent' });
    lambda = new LambdaClient(kumo.clientConfig);
  });
  after(() => kumo.stop());

  test('AWS_IAM URLs verify the signature; NONE URLs stay open', async () => {
    const iam = new IAMClient(kumo.clientConfig);
    await iam.send(new CreateUserCommand({ UserName: 'caller' }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'caller' }))).AccessKey!;
    await createNodeFunction(lambda, 'private', 'export const handler = async () => "secret";');
    await createNodeFunction(lambda, 'public', 'export const handler = async () => "open";');
    const privateUrl = new URL((await lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'private', AuthType: 'AWS_IAM' }))).FunctionUrl!);
    const publicUrl = new URL((await lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'public', AuthType: 'NONE' }))).FunctionUrl!);
    const port = Number(new URL(kumo.url).port);
    const get = (host: string, headers: Record<string, string> = {}) => new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'GET', path: '/', headers: { host, ...headers } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
      req.end();
    });
    const sign = (secretAccessKey: string) => new SignatureV4({ service: 'lambda', region: 'us-east-1', credentials: { accessKeyId: key.AccessKeyId!, secretAccessKey }, sha256: Sha256 })
      .sign({ method: 'GET', protocol: 'http:', hostname: privateUrl.hostname, port, path: '/', headers: { host: privateUrl.host }, query: {} });
    const forged = await get(privateUrl.host, (await sign('wrong-secret')).headers as Record<string, string>);
    assert.equal(forged.status, 403);
    const good = await get(privateUrl.host, (await sign(key.SecretAccessKey!)).headers as Record<string, string>);
    assert.equal(good.status, 200);
    assert.equal(good.body, 'secret');
    const open = await get(publicUrl.host);
    assert.equal(open.status, 200);
    assert.equal(open.body, 'open');
  });
});
