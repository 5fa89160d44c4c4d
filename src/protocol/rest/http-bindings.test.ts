import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from '../../model/index.js';
import { isAwsError } from '../../shared/aws-error.js';
import type { WireRequest } from '../types.js';
import { joinHeaderList, splitHeaderList } from './header-list.js';
import { readHttpBindings } from './read-http-bindings.js';
import { writeHttpBindings } from './write-http-bindings.js';

const model = compileModel({
  metadata: { protocol: 'rest-xml' },
  shapes: {
    Io: {
      type: 'structure',
      members: {
        Bucket: { shape: 'Str', location: 'uri', locationName: 'Bucket' },
        Key: { shape: 'Str', location: 'uri', locationName: 'Key' },
        Ids: { shape: 'StrList', location: 'querystring', locationName: 'id' },
        MaxKeys: { shape: 'Int', location: 'querystring', locationName: 'max-keys' },
        Rest: { shape: 'StrMap', location: 'querystring' },
        Tags: { shape: 'StrList', location: 'header', locationName: 'X-Tags' },
        Dates: { shape: 'TsList', location: 'header', locationName: 'X-Dates' },
        Modified: { shape: 'Ts', location: 'header', locationName: 'Last-Modified' },
        Flag: { shape: 'Bool', location: 'header', locationName: 'x-flag' },
        Meta: { shape: 'StrMap', location: 'headers', locationName: 'x-amz-meta-' },
        Json: { shape: 'JsonStr', location: 'header', locationName: 'x-json' },
        Status: { shape: 'Int', location: 'statusCode' },
        Body: { shape: 'Str' },
      },
    },
    Str: { type: 'string' },
    JsonStr: { type: 'string', jsonvalue: true },
    Int: { type: 'integer' },
    Bool: { type: 'boolean' },
    Ts: { type: 'timestamp' },
    StrList: { type: 'list', member: { shape: 'Str' } },
    TsList: { type: 'list', member: { shape: 'Ts' } },
    StrMap: { type: 'map', key: { shape: 'Str' }, value: { shape: 'Str' } },
  },
  operations: { Op: { http: { method: 'GET', requestUri: '/{Bucket}/{Key+}?list', responseCode: 200 }, input: { shape: 'Io' }, output: { shape: 'Io' } } },
});
const op = model.operations.Op!;

function req(rawQuery: string, headers: Record<string, string> = {}): WireRequest {
  return { method: 'GET', path: '/b/k', rawQuery, headers, body: Buffer.alloc(0) };
}

describe('readHttpBindings', () => {
  test('query lists repeat, a map member takes the unclaimed rest, template literals stay out', () => {
    const input = readHttpBindings(req('list&id=a&id=b+c&max-keys=10&other=x%2By&free'), op, { Bucket: 'b', Key: 'dir/k' });
    assert.deepEqual(input, { Bucket: 'b', Key: 'dir/k', Ids: ['a', 'b c'], MaxKeys: 10, Rest: { other: 'x+y', free: '' } });
  });

  test('headers: quoted lists, HTTP-date lists, timestamps, booleans, prefix maps, base64 JSON', () => {
    const input = readHttpBindings(req('', {
      'x-tags': '"a,b", c, "d\\"e"',
      'x-dates': 'Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 00:00:00 GMT',
      'last-modified': 'Mon, 16 Dec 2019 23:48:18 GMT',
      'x-flag': 'false',
      'x-amz-meta-color': 'red',
      'x-amz-meta-size': 'L',
      'x-json': Buffer.from('{"a":[1]}').toString('base64'),
    }), op, {});
    assert.deepEqual(input, {
      Tags: ['a,b', 'c', 'd"e'],
      Dates: [new Date('2019-12-16T23:48:18Z'), new Date('2019-12-17T00:00:00Z')],
      Modified: new Date('2019-12-16T23:48:18Z'),
      Flag: false,
      Meta: { color: 'red', size: 'L' },
      Json: { a: [1] },
    });
  });

  test('values that do not fit their shape answer an AwsError', () => {
    for (const r of [req('max-keys=ten'), req('', { 'x-flag': 'maybe' }), req('', { 'last-modified': 'not a date' })]) {
      assert.throws(() => readHttpBindings(r, op, {}), (e: unknown) => isAwsError(e) && e.status === 400);
    }
  });
});

describe('writeHttpBindings', () => {
  test('header members, prefix maps and the status code member', () => {
    const out = writeHttpBindings({
      Tags: ['a,b', 'c'],
      Dates: [new Date('2019-12-16T23:48:18Z')],
      Modified: 1576540098,
      Flag: true,
      Meta: { color: 'red' },
      Json: { a: 1 },
      Status: 206,
      Body: 'not a header',
      Bucket: 'not a header either',
    }, op);
    assert.equal(out.status, 206);
    assert.deepEqual(out.headers, {
      'X-Tags': '"a,b", c',
      'X-Dates': 'Mon, 16 Dec 2019 23:48:18 GMT',
      'Last-Modified': 'Mon, 16 Dec 2019 23:48:18 GMT',
      'x-flag': 'true',
      'x-amz-meta-color': 'red',
      'x-json': Buffer.from('{"a":1}').toString('base64'),
    });
    assert.equal(writeHttpBindings({}, op).status, 200);
  });

  test('header lists round-trip', () => {
    const items = ['plain', 'with,comma', 'with "quote"', ''];
    assert.deepEqual(splitHeaderList(joinHeaderList(items)), items);
  });
});
