import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from '../model/index.js';
import { AwsError, isAwsError } from '../shared/aws-error.js';
import { jsonProtocol, unknownOperationError } from './json.js';
import type { WireRequest } from './types.js';

const model = compileModel({
  metadata: { protocol: 'json', jsonVersion: '1.1', targetPrefix: 'Svc_20200101', awsQueryCompatible: {} },
  shapes: {
    In: { type: 'structure', members: { Name: { shape: 'Str' }, Count: { shape: 'Int' }, When: { shape: 'Ts' }, Data: { shape: 'Blob' }, Tags: { shape: 'TagList' } } },
    TagList: { type: 'list', member: { shape: 'Str' } },
    Str: { type: 'string' },
    Int: { type: 'integer' },
    Ts: { type: 'timestamp' },
    Blob: { type: 'blob' },
    Missing: { type: 'structure', members: { message: { shape: 'Str' }, Resource: { shape: 'Str' } }, exception: true, error: { code: 'AWS.Svc.Missing', httpStatusCode: 400, senderFault: true } },
  },
  operations: { DoThing: { input: { shape: 'In' }, output: { shape: 'In' }, errors: [{ shape: 'Missing' }] } },
});
const op = model.operations.DoThing!;

function req(body: string, target = 'Svc_20200101.DoThing'): WireRequest {
  return { method: 'POST', path: '/', rawQuery: '', headers: { 'x-amz-target': target, 'content-type': 'application/x-amz-json-1.1' }, body: Buffer.from(body) };
}

function rejectsWith(fn: () => unknown, code: string, message?: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(isAwsError(e), 'an AwsError');
    assert.equal(e.code, code);
    assert.equal(e.status, 400);
    if (message) assert.match(e.message, message);
    return true;
  });
}

describe('json protocol', () => {
  test('routes by X-Amz-Target and rejects other prefixes or unknown operations', () => {
    assert.equal(jsonProtocol.operationName(req('{}'), model), 'DoThing');
    assert.equal(jsonProtocol.operationName(req('{}', 'Other.DoThing'), model), undefined);
    assert.equal(jsonProtocol.operationName(req('{}', 'Svc_20200101.Nope'), model), undefined);
    assert.equal(jsonProtocol.operationName(req('{}', 'Svc_20200101.toString'), model), undefined);
    const e = unknownOperationError();
    assert.equal(e.code, 'UnknownOperationException');
    assert.equal(e.status, 400);
  });

  test('decodes members by shape', () => {
    const input = jsonProtocol.parseRequest(req('{"Name":"n","Count":3,"When":1700000000.5,"Data":"aGk=","Tags":["a",null,"b"],"Extra":1}'), op, model);
    assert.deepEqual(input, { Name: 'n', Count: 3, When: new Date(1700000000500), Data: Buffer.from('hi'), Tags: ['a', 'b'] });
  });

  test('an empty body reads as no members', () => {
    assert.deepEqual(jsonProtocol.parseRequest(req(''), op, model), {});
    assert.deepEqual(jsonProtocol.parseRequest(req('  \n'), op, model), {});
  });

  test('malformed bodies answer SerializationException, never another error', () => {
    rejectsWith(() => jsonProtocol.parseRequest(req('{"Name":'), op, model), 'SerializationException');
    rejectsWith(() => jsonProtocol.parseRequest(req('[1,2]'), op, model), 'SerializationException', /Start of list/);
    rejectsWith(() => jsonProtocol.parseRequest(req('"text"'), op, model), 'SerializationException');
    rejectsWith(() => jsonProtocol.parseRequest(req('{"Name":{"a":1}}'), op, model), 'SerializationException', /Start of structure or map/);
    rejectsWith(() => jsonProtocol.parseRequest(req('{"Count":"3"}'), op, model), 'SerializationException', /STRING_VALUE can not be converted to an Integer/);
    rejectsWith(() => jsonProtocol.parseRequest(req('{"Tags":"a"}'), op, model), 'SerializationException');
    rejectsWith(() => jsonProtocol.parseRequest(req('{"When":true}'), op, model), 'SerializationException');
    rejectsWith(() => jsonProtocol.parseRequest(req('{"When":"yesterday"}'), op, model), 'ValidationException');
  });

  test('responses use the model JSON version, epoch seconds and base64', () => {
    const res = jsonProtocol.serializeResponse({ Name: 'n', When: new Date(1700000000000), Data: Buffer.from('hi'), Count: undefined }, op, model, { requestId: 'r1' });
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'application/x-amz-json-1.1');
    assert.equal(res.headers['x-amzn-requestid'], 'r1');
    assert.deepEqual(JSON.parse(String(res.body)), { Name: 'n', When: 1700000000, Data: 'aGk=' });
  });

  test('errors: __type, message, fields, X-Amzn-ErrorType and the query-compatible header', () => {
    const err = new AwsError('Missing', 'not there', { queryCode: 'AWS.Svc.Missing', fields: { Resource: 'r' } });
    const res = jsonProtocol.serializeError(err, op, model, { requestId: 'r2' });
    assert.equal(res.status, 400);
    assert.equal(res.headers['x-amzn-errortype'], 'Missing');
    assert.equal(res.headers['x-amzn-query-error'], 'AWS.Svc.Missing;Sender');
    assert.deepEqual(JSON.parse(String(res.body)), { __type: 'Missing', message: 'not there', Resource: 'r' });
    const server = jsonProtocol.serializeError(new AwsError('InternalFailure', 'boom', { status: 500 }), undefined, model, { requestId: 'r3' });
    assert.equal(server.status, 500);
    assert.equal(server.headers['x-amzn-query-error'], 'InternalFailure;Receiver');
    const unknown = jsonProtocol.serializeError(unknownOperationError(), undefined, model, { requestId: 'r4' });
    assert.deepEqual(JSON.parse(String(unknown.body)), { __type: 'UnknownOperationException' });
  });
});
