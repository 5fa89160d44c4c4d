import type { Operation, ServiceModel } from '../model/index.js';
import { AwsError } from '../shared/aws-error.js';
import {
  decodeJsonValue,
  encodeJsonValue,
  errorBodyValue,
  findErrorShape,
  isPlainObject,
  parseJsonBody,
  queryErrorHeaders,
  typeMismatch,
} from './json-value/index.js';
import type { Protocol, SerializeContext, WireRequest, WireResponse, WireStructure } from './types.js';

/**
 * awsJson1_0 / awsJson1_1 (DynamoDB, SQS, KMS, CloudWatch's JSON mode): every request is a
 * POST to "/" naming its operation in `X-Amz-Target: <targetPrefix>.<Operation>`, with a
 * JSON body of the input members; answers are JSON with the same content type version.
 * Errors are `{"__type": code, "message": ...}` plus modeled fields and the
 * `X-Amzn-ErrorType` header; query-compatible services add `x-amzn-query-error`. The
 * `x-amzn-query-mode` header that SDKs send to those services needs no handling here.
 */
export const jsonProtocol: Protocol = {
  name: 'json',

  operationName(req: WireRequest, model: ServiceModel): string | undefined {
    const target = req.headers['x-amz-target'];
    if (!target) return undefined;
    const dot = target.lastIndexOf('.');
    const prefix = dot === -1 ? '' : target.slice(0, dot);
    const name = target.slice(dot + 1);
    const expected = model.metadata.targetPrefix;
    if (expected !== undefined && prefix !== expected) return undefined;
    return Object.prototype.hasOwnProperty.call(model.operations, name) ? name : undefined;
  },

  parseRequest(req: WireRequest, op: Operation): WireStructure {
    const raw = parseJsonBody(req.body);
    if (raw === undefined) return {};
    if (!isPlainObject(raw)) throw typeMismatch('structure', raw);
    return decodeJsonValue(op.input, raw) as WireStructure;
  },

  serializeResponse(output: WireStructure, op: Operation, model: ServiceModel, ctx: SerializeContext): WireResponse {
    const body = JSON.stringify(encodeJsonValue(op.output, output) ?? {});
    return { status: 200, headers: baseHeaders(model, ctx), body };
  },

  serializeError(error: AwsError, op: Operation | undefined, model: ServiceModel, ctx: SerializeContext): WireResponse {
    const shape = findErrorShape(error, op, model);
    const body = { __type: error.code, ...errorBodyValue(error, shape) };
    return {
      status: error.status,
      headers: {
        ...baseHeaders(model, ctx),
        'x-amzn-errortype': error.code,
        ...queryErrorHeaders(error, shape, model),
        ...error.headers,
      },
      body: JSON.stringify(body),
    };
  },
};

function baseHeaders(model: ServiceModel, ctx: SerializeContext): Record<string, string> {
  return {
    'content-type': `application/x-amz-json-${model.metadata.jsonVersion ?? '1.0'}`,
    'x-amzn-requestid': ctx.requestId,
  };
}

/**
 * The error for an `X-Amz-Target` that names no operation of the service, as AWS's JSON
 * front ends answer it (400, no message).
 */
export function unknownOperationError(): AwsError {
  return new AwsError('UnknownOperationException', '', { status: 400 });
}
