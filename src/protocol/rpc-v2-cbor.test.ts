import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decode, Encoder } from 'cbor-x';
import { compileModel } from '../model/index.js';
import { AwsError, isAwsError } from '../shared/aws-error.js';
import { rpcV2CborProtocol } from './rpc-v2-cbor.js';
import type { WireRequest } from './types.js';

const model = compileModel({
  metadata: { protocol: 'smithy-rpc-v2-cbor', awsQueryCompatible: {} },
  shapes: {
    Io: { type: 'structure', members: { When: { shape: 'Ts' }, Big: { shape: 'Long' }, Ratio: { shape: 'Double' }, Data: { shape: 'Blob' }, Name: { shape: 'Str' } } },
    Ts: { type: 'timestamp' },
    Long: { type: 'long' },
    Double: { type: 'double' },
    Blob: { type: 'blob' },
    Str: { type: 'string' },
  },
  operations: { Put: { input: { shape: 'Io' }, output: { shape: 'Io' } }, Fire: {} },
});
const encoder = new Encoder({ useRecords: false, mapsAsObjects: true, tagUint8Array: false });

function req(op: string, body: Buffer): WireRequest {
  return { method: 'POST', path: `/service/Svc/operation/${op}`, rawQuery: '', headers: { 'smithy-protocol': 'rpc-v2-cbor' }, body };
}

describe('rpc-v2-cbor protocol', () => {
  test('routes by path', () => {
    assert.equal(rpcV2CborProtocol.operationName(req('Put', Buffer.alloc(0)), model), 'Put');
    assert.equal(rpcV2CborProtocol.operationName(req('Nope', Buffer.alloc(0)), model), undefined);
    assert.equal(rpcV2CborProtocol.operationName({ ...req('Put', Buffer.alloc(0)), path: '/' }, model), undefined);
  });

  test('decodes tag-1 timestamps, byte strings and numbers', () => {
    const body = encoder.encode({ When: new Date(1700000000500), Big: 2n ** 40n, Ratio: Number.NaN, Data: Buffer.from('hi'), Name: 'n' });
    const input = rpcV2CborProtocol.parseRequest(req('Put', body), model.operations.Put!, model);
    assert.deepEqual(input, { When: new Date(1700000000500), Big: 2 ** 40, Ratio: Number.NaN, Data: Buffer.from('hi'), Name: 'n' });
  });

  test('malformed bodies answer SerializationException', () => {
    for (const body of [Buffer.from([0xff, 0x00]), Buffer.from([0xbf, 0x61]), encoder.encode([1, 2]), encoder.encode({ Name: 5 })]) {
      assert.throws(() => rpcV2CborProtocol.parseRequest(req('Put', body), model.operations.Put!, model), (e: unknown) => isAwsError(e) && e.code === 'SerializationException');
    }
  });

  test('responses: CBOR with smithy-protocol; long integers stay integers; no output, no body', () => {
    const res = rpcV2CborProtocol.serializeResponse({ When: new Date(1700000000000), Big: 2 ** 40 }, model.operations.Put!, model, { requestId: 'r' });
    assert.equal(res.headers['smithy-protocol'], 'rpc-v2-cbor');
    assert.equal(res.headers['content-type'], 'application/cbor');
    const bytes = res.body as Buffer;
    assert.ok(bytes.includes(Buffer.from([0xc1, 0x1a])), 'timestamp as tag 1 + uint32');
    assert.ok(bytes.includes(Buffer.from([0x1b, 0, 0, 1, 0, 0, 0, 0, 0])), '2^40 as a CBOR uint64');
    const none = rpcV2CborProtocol.serializeResponse({}, model.operations.Fire!, model, { requestId: 'r' });
    assert.equal(none.body, undefined);
    assert.equal(none.headers['content-type'], undefined);
  });

  test('errors: __type, message and x-amzn-query-error', () => {
    const res = rpcV2CborProtocol.serializeError(new AwsError('ResourceNotFound', 'missing', { status: 404, queryCode: 'ResourceNotFound' }), undefined, model, { requestId: 'r' });
    assert.equal(res.status, 404);
    assert.equal(res.headers['x-amzn-query-error'], 'ResourceNotFound;Sender');
    assert.deepEqual(decode(res.body as Buffer), { __type: 'ResourceNotFound', message: 'missing' });
  });
});
