import { Decoder } from 'cbor-x';
import type { Operation, ServiceModel, Shape } from '../../model/index.js';
import { decodeJsonValue, isPlainObject } from '../json-value/index.js';
import { payloadMemberName, readShapeBindings } from '../rest/index.js';
import type { WireResponse } from '../types.js';

/** Test-only: reads a response the way an AWS SDK does, for json, rest-json and rpc-v2-cbor. */
export type JsonFamily = 'json' | 'rest-json' | 'cbor';

export interface ReadResponse {
  result?: Record<string, unknown>;
  error?: { code: string; message?: string; fields: Record<string, unknown>; shape?: Shape };
  requestId?: string;
}

const cbor = new Decoder({ useRecords: false, mapsAsObjects: true });

export function responseBytes(res: WireResponse): Buffer {
  if (res.body === undefined) return Buffer.alloc(0);
  if (typeof res.body === 'string') return Buffer.from(res.body, 'utf8');
  if (Buffer.isBuffer(res.body)) return res.body;
  throw new Error('streaming bodies are not read by this test reader');
}

export function readJsonFamilyResponse(family: JsonFamily, res: WireResponse, op: Operation, model: ServiceModel): ReadResponse {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  const bytes = responseBytes(res);
  const requestId = headers['x-amzn-requestid'];
  if (res.status >= 300) return { error: readError(family, headers, bytes, res.status, op, model), requestId };
  // An operation without output ignores whatever body comes back.
  if (Object.keys(op.output.members ?? {}).length === 0) return { result: {}, requestId };
  if (family !== 'rest-json') {
    const raw = parseBody(family, bytes) ?? {};
    return { result: decodeJsonValue(op.output, raw, { cbor: family === 'cbor' }) as Record<string, unknown>, requestId };
  }
  const result = readShapeBindings(op.output, { labels: {}, query: [], headers, status: res.status });
  const payload = payloadMemberName(op.output);
  if (payload !== undefined) {
    const member = op.output.members![payload]!;
    if (member.type === 'blob') {
      if (bytes.length > 0) result[payload] = bytes;
    } else if (member.type === 'string') {
      if (bytes.length > 0) result[payload] = bytes.toString('utf8');
    } else {
      const raw = parseBody('json', bytes);
      const v = raw === undefined ? undefined : decodeJsonValue(member, raw);
      if (v !== undefined) result[payload] = v;
    }
    return { result, requestId };
  }
  const raw = parseBody('json', bytes) ?? {};
  return { result: { ...(decodeJsonValue(op.output, raw, { bodyOnly: true }) as Record<string, unknown>), ...result }, requestId };
}

function parseBody(family: JsonFamily, bytes: Buffer): unknown {
  if (bytes.length === 0) return undefined;
  if (family === 'cbor') return cbor.decode(bytes) as unknown;
  const text = bytes.toString('utf8').trim();
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

/** "aws.protocoltests#FooError:http://internal..." -> "FooError", as the SDKs sanitize codes. */
function sanitizeCode(raw: string): string {
  let code = raw.split(':')[0]!;
  if (code.includes('#')) code = code.slice(code.lastIndexOf('#') + 1);
  return code.trim();
}

function readError(family: JsonFamily, headers: Record<string, string>, bytes: Buffer, status: number, op: Operation, model: ServiceModel): NonNullable<ReadResponse['error']> {
  const raw = parseBody(family, bytes);
  const body = isPlainObject(raw) ? raw : {};
  const fromBody = (body.__type ?? body.code) as string | undefined;
  const fromHeader = headers['x-amzn-errortype'];
  let rawCode = family === 'rest-json' ? fromHeader ?? fromBody : fromBody ?? fromHeader;
  const typeCode = sanitizeCode(rawCode ?? 'UnknownError');
  const queryError = headers['x-amzn-query-error'];
  if (model.metadata.awsQueryCompatible && queryError) rawCode = queryError.split(';')[0]!;
  const code = model.metadata.awsQueryCompatible && queryError ? rawCode! : typeCode;
  const shape = op.errors.find((e) => e.shapeName === typeCode) ?? model.shapes[typeCode] ?? model.errorsByCode[code];
  const message = (body.message ?? body.Message ?? body.errorMessage) as string | undefined;
  let fields: Record<string, unknown> = {};
  if (shape) {
    fields = decodeJsonValue(shape, body, { cbor: family === 'cbor', bodyOnly: family === 'rest-json' }) as Record<string, unknown>;
    if (family === 'rest-json') Object.assign(fields, readShapeBindings(shape, { labels: {}, query: [], headers, status }));
  }
  return { code, message, fields, shape };
}
