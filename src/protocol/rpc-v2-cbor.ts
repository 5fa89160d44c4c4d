import { Decoder, Encoder } from 'cbor-x';
import { EMPTY_STRUCTURE, type Operation, type ServiceModel } from '../model/index.js';
import type { AwsError } from '../shared/aws-error.js';
import {
  decodeJsonValue,
  encodeJsonValue,
  errorBodyValue,
  findErrorShape,
  isPlainObject,
  queryErrorHeaders,
  serializationError,
  typeMismatch,
} from './json-value/index.js';
import { safeDecode } from './rest/index.js';
import type { Protocol, SerializeContext, WireRequest, WireResponse, WireStructure } from './types.js';

// Plain CBOR only: no cbor-x records or typed-array tags, which AWS clients do not read.
const encoder = new Encoder({ useRecords: false, mapsAsObjects: true, tagUint8Array: false });
const decoder = new Decoder({ useRecords: false, mapsAsObjects: true });

const OPERATION_PATH = /\/service\/([^/]+)\/operation\/([^/]+)$/;

/**
 * Smithy RPC v2 CBOR (CloudWatch in current SDKs): `POST /service/<Service>/operation/<Op>`
 * with `smithy-protocol: rpc-v2-cbor` and a CBOR body of the input members. Timestamps are
 * tag 1 epoch seconds, blobs byte strings, floats native (NaN and infinities included).
 * Answers carry `smithy-protocol: rpc-v2-cbor`; an operation without output answers an empty
 * body. Errors are CBOR maps with `__type`, plus `x-amzn-query-error` for query-compatible
 * services.
 */
export const rpcV2CborProtocol: Protocol = {
  name: 'smithy-rpc-v2-cbor',

  operationName(req: WireRequest, model: ServiceModel): string | undefined {
    const m = OPERATION_PATH.exec(req.path);
    if (!m) return undefined;
    const name = safeDecode(m[2]!);
    return Object.prototype.hasOwnProperty.call(model.operations, name) ? name : undefined;
  },

  parseRequest(req: WireRequest, op: Operation): WireStructure {
    if (req.body.length === 0) return {};
    let raw: unknown;
    try {
      raw = decoder.decode(req.body);
    } catch {
      throw serializationError('The request body is not valid CBOR.');
    }
    if (raw === undefined || raw === null) return {};
    if (!isPlainObject(raw)) throw typeMismatch('structure', raw);
    return decodeJsonValue(op.input, raw, { cbor: true }) as WireStructure;
  },

  serializeResponse(output: WireStructure, op: Operation, _model: ServiceModel, ctx: SerializeContext): WireResponse {
    const headers: Record<string, string> = { 'smithy-protocol': 'rpc-v2-cbor', 'x-amzn-requestid': ctx.requestId };
    if (op.output === EMPTY_STRUCTURE) return { status: 200, headers };
    headers['content-type'] = 'application/cbor';
    return { status: 200, headers, body: encoder.encode(encodeJsonValue(op.output, output, { cbor: true }) ?? {}) };
  },

  serializeError(error: AwsError, op: Operation | undefined, model: ServiceModel, ctx: SerializeContext): WireResponse {
    const shape = findErrorShape(error, op, model);
    const body = { __type: error.code, ...errorBodyValue(error, shape, { cbor: true }) };
    return {
      status: error.status,
      headers: {
        'smithy-protocol': 'rpc-v2-cbor',
        'content-type': 'application/cbor',
        'x-amzn-requestid': ctx.requestId,
        ...queryErrorHeaders(error, shape, model),
        ...error.headers,
      },
      body: encoder.encode(body),
    };
  },
};
