import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from '../model/index.js';
import { AwsError, isAwsError } from '../shared/aws-error.js';
import { restJsonProtocol } from './rest-json.js';
import type { WireRequest } from './types.js';

const model = compileModel({
  metadata: { protocol: 'rest-json', apiVersion: '2020-01-01' },
  shapes: {
    PutIn: {
      type: 'structure',
      required: ['Name'],
      members: {
        Name: { shape: 'Str', location: 'uri', locationName: 'Name' },
        Limit: { shape: 'Int', location: 'querystring', locationName: 'limit' },
        Since: { shape: 'Ts', location: 'header', locationName: 'X-Since' },
        Meta: { shape: 'StrMap', location: 'headers', locationName: 'x-meta-' },
        Body: { shape: 'Str' },
      },
    },
    PutOut: { type: 'structure', members: { Etag: { shape: 'Str', location: 'header', locationName: 'ETag' }, Created: { shape: 'Ts' } } },
    BlobIn: { type: 'structure', members: { Name: { shape: 'Str', location: 'uri', locationName: 'Name' }, Data: { shape: 'Blob' } }, payload: 'Data' },
    BlobOut: { type: 'structure', members: { Data: { shape: 'Blob' }, Type: { shape: 'Str', location: 'header', locationName: 'Content-Type' } }, payload: 'Data' },
    Str: { type: 'string' },
    Int: { type: 'integer' },
    Ts: { type: 'timestamp' },
    Blob: { type: 'blob' },
    StrMap: { type: 'map', key: { shape: 'Str' }, value: { shape: 'Str' } },
    NotFound: { type: 'structure', members: { Message: { shape: 'Str' }, Kind: { shape: 'Str', location: 'header', locationName: 'x-kind' } }, exception: true },
  },
  operations: {
    PutThing: { http: { method: 'PUT', requestUri: '/things/{Name}', responseCode: 201 }, input: { shape: 'PutIn' }, output: { shape: 'PutOut' }, errors: [{ shape: 'NotFound' }] },
    PutBlob: { http: { method: 'POST', requestUri: '/things/{Name}/blob' }, input: { shape: 'BlobIn' }, output: { shape: 'BlobOut' } },
    Ping: { http: { method: 'DELETE', requestUri: '/ping', responseCode: 204 } },
  },
});

function req(method: string, url: string, body = '', headers: Record<string, string> = {}): WireRequest {
  const q = url.indexOf('?');
  return { method, path: q === -1 ? url : url.slice(0, q), rawQuery: q === -1 ? '' : url.slice(q + 1), headers, body: Buffer.from(body) };
}

function rejectsWith(fn: () => unknown, code: string): void {
  assert.throws(fn, (e: unknown) => isAwsError(e) && e.code === code && e.status === 400);
}

describe('rest-json protocol', () => {
  const put = model.operations.PutThing!;
  test('reads labels, query, headers, prefix headers and body members', () => {
    const r = req('PUT', '/things/a%20b?limit=5', '{"Body":"text","Name":"ignored"}', { 'x-since': 'Mon, 16 Dec 2019 23:48:18 GMT', 'x-meta-color': 'red' });
    assert.equal(restJsonProtocol.operationName(r, model), 'PutThing');
    assert.deepEqual(restJsonProtocol.parseRequest(r, put, model), { Name: 'a b', Limit: 5, Since: new Date('2019-12-16T23:48:18Z'), Meta: { color: 'red' }, Body: 'text' });
  });

  test('malformed input answers SerializationException', () => {
    rejectsWith(() => restJsonProtocol.parseRequest(req('PUT', '/things/a', '{"Body":'), put, model), 'SerializationException');
    rejectsWith(() => restJsonProtocol.parseRequest(req('PUT', '/things/a', '[]'), put, model), 'SerializationException');
    rejectsWith(() => restJsonProtocol.parseRequest(req('PUT', '/things/a', '{"Body":5}'), put, model), 'SerializationException');
    rejectsWith(() => restJsonProtocol.parseRequest(req('PUT', '/things/a?limit=five'), put, model), 'SerializationException');
  });

  test('responses: header members, responseCode, body members only', () => {
    const res = restJsonProtocol.serializeResponse({ Etag: '"e"', Created: new Date(1700000000000) }, put, model, { requestId: 'r' });
    assert.equal(res.status, 201);
    assert.equal(res.headers.ETag, '"e"');
    assert.deepEqual(JSON.parse(String(res.body)), { Created: 1700000000 });
    const ping = restJsonProtocol.serializeResponse({}, model.operations.Ping!, model, { requestId: 'r' });
    assert.equal(ping.status, 204);
    assert.equal(ping.body, undefined);
  });

  test('blob payloads are the raw body both ways', () => {
    const op = model.operations.PutBlob!;
    assert.deepEqual(restJsonProtocol.parseRequest(req('POST', '/things/x/blob', '\u0000raw'), op, model), { Name: 'x', Data: Buffer.from('\u0000raw') });
    const res = restJsonProtocol.serializeResponse({ Data: Buffer.from('bytes'), Type: 'image/png' }, op, model, { requestId: 'r' });
    assert.deepEqual(res.body, Buffer.from('bytes'));
    assert.equal(res.headers['Content-Type'], 'image/png');
    assert.equal(res.headers['content-type'], undefined);
  });

  test('errors: X-Amzn-ErrorType, status, Message key from the shape, header fields', () => {
    const res = restJsonProtocol.serializeError(new AwsError('NotFound', 'gone', { status: 404, fields: { Kind: 'thing' } }), put, model, { requestId: 'r' });
    assert.equal(res.status, 404);
    assert.equal(res.headers['x-amzn-errortype'], 'NotFound');
    assert.equal(res.headers['x-kind'], 'thing');
    assert.deepEqual(JSON.parse(String(res.body)), { Message: 'gone' });
  });
});
