import type { Operation, ServiceModel, Shape } from '../model/index.js';
import type { AwsError } from '../shared/aws-error.js';
import {
  decodeJsonValue,
  encodeJsonValue,
  errorBodyValue,
  findErrorShape,
  isPlainObject,
  parseJsonBody,
  typeMismatch,
} from './json-value/index.js';
import { matchRestOperation, matchUriPath, parseUriTemplate, payloadMemberName, readHttpBindings, writeHttpBindings, writeShapeBindings } from './rest/index.js';
import type { Protocol, SerializeContext, WireRequest, WireResponse, WireStructure } from './types.js';

/**
 * restJson1 (Lambda, API Gateway and most newer services): the operation comes from method
 * and URI template, members from labels, query string and headers (src/protocol/rest/), and
 * the rest from a JSON body, or the `payload` member is the whole body (JSON for structures
 * and documents, raw bytes or text for blobs and strings). Errors are JSON with the code in
 * `X-Amzn-ErrorType`.
 */
export const restJsonProtocol: Protocol = {
  name: 'rest-json',

  operationName(req: WireRequest, model: ServiceModel): string | undefined {
    return matchRestOperation(req, model)?.operation.name;
  },

  parseRequest(req: WireRequest, op: Operation): WireStructure {
    const labels = matchUriPath(parseUriTemplate(op.http.requestUri), req.path) ?? {};
    const bound = readHttpBindings(req, op, labels);
    const payload = payloadMemberName(op.input);
    if (payload !== undefined) {
      const value = readPayload(req, op.input.members![payload]!);
      return value === undefined ? bound : { ...bound, [payload]: value };
    }
    const raw = parseJsonBody(req.body);
    if (raw === undefined) return bound;
    if (!isPlainObject(raw)) throw typeMismatch('structure', raw);
    return { ...(decodeJsonValue(op.input, raw, { bodyOnly: true }) as WireStructure), ...bound };
  },

  serializeResponse(output: WireStructure, op: Operation, _model: ServiceModel, ctx: SerializeContext): WireResponse {
    const { status, headers } = writeHttpBindings(output, op);
    headers['x-amzn-requestid'] = ctx.requestId;
    const payload = payloadMemberName(op.output);
    if (payload !== undefined) {
      const body = writePayload(op.output.members![payload]!, output[payload], headers);
      return { status, headers, ...(body !== undefined ? { body } : {}) };
    }
    const hasBodyMembers = Object.values(op.output.members ?? {}).some((m) => m.location === undefined);
    if (!hasBodyMembers) return { status, headers };
    setDefaultContentType(headers, 'application/json');
    return { status, headers, body: JSON.stringify(encodeJsonValue(op.output, output, { bodyOnly: true }) ?? {}) };
  },

  serializeError(error: AwsError, op: Operation | undefined, model: ServiceModel, ctx: SerializeContext): WireResponse {
    const shape = findErrorShape(error, op, model);
    const bound = shape ? writeShapeBindings(error.fields, shape, error.status).headers : {};
    const body = errorBodyValue(error, shape, { bodyOnly: true });
    return {
      status: error.status,
      headers: {
        'content-type': 'application/json',
        'x-amzn-requestid': ctx.requestId,
        'x-amzn-errortype': error.code,
        ...bound,
        ...error.headers,
      },
      body: JSON.stringify(body),
    };
  },
};

function readPayload(req: WireRequest, member: Shape): unknown {
  if (member.type === 'blob') {
    if (req.bodyStream && member.streaming) return req.bodyStream;
    return req.body.length > 0 ? req.body : undefined;
  }
  if (member.type === 'string') return req.body.length > 0 ? req.body.toString('utf8') : undefined;
  const raw = parseJsonBody(req.body);
  return raw === undefined ? undefined : decodeJsonValue(member, raw);
}

function writePayload(member: Shape, value: unknown, headers: Record<string, string>): WireResponse['body'] | undefined {
  if (value === undefined || value === null) return undefined;
  if (member.type === 'blob') {
    setDefaultContentType(headers, 'application/octet-stream');
    if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    if (typeof value === 'string') return value;
    return value as WireResponse['body'];
  }
  if (member.type === 'string') {
    setDefaultContentType(headers, 'text/plain');
    return String(value);
  }
  setDefaultContentType(headers, 'application/json');
  return JSON.stringify(encodeJsonValue(member, value) ?? null);
}

/** Keeps a Content-Type the output binds itself (a `ContentType` header member). */
function setDefaultContentType(headers: Record<string, string>, type: string): void {
  if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = type;
}
