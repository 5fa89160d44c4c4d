import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Readable } from 'node:stream';
import { AwsError } from '../../shared/aws-error.js';
import type { Operation, ServiceModel } from '../../model/index.js';
import type { Protocol, WireRequest, WireResponse } from '../types.js';
import { loadVectors, vectorsAvailable, type VectorCase } from './protocol-vectors.js';
import { canonical, decodedFromVector } from './vector-values.js';
import { readXmlError, type ReadError } from './xml-response-reader.js';

/** The request a vector's client sent, as the server's protocol layer receives it. */
export function wireRequestFromVector(c: VectorCase): WireRequest {
  const serialized = c.serialized!;
  const [path, ...query] = serialized.uri.split('?');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(serialized.headers ?? {})) headers[name.toLowerCase()] = value;
  return {
    method: serialized.method ?? c.operation.http.method,
    path: path!,
    rawQuery: query.join('?'),
    headers,
    body: Buffer.from(serialized.body ?? '', 'utf8'),
  };
}

export async function bodyText(res: WireResponse): Promise<string> {
  const body = res.body;
  if (body === undefined) return '';
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of body as Readable) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a successful response back into the output shape, as a client would. */
export type OutputReader = (res: WireResponse, body: string, op: Operation, model: ServiceModel) => Record<string, unknown>;

interface Suite {
  protocol: Protocol;
  file: string;
  skipped: Readonly<Record<string, string>>;
  readOutput: OutputReader;
  readError?: (res: WireResponse, body: string, model: ServiceModel) => ReadError;
}

/** Registers one node:test per case of the protocol's input and output vector files (current and legacy). */
export function registerVectorTests(suite: Suite): void {
  if (!vectorsAvailable()) {
    test.skip(`${suite.file} protocol vectors: ../shared/protocol-tests is absent`);
    return;
  }
  for (const legacy of [false, true]) {
    const label = `${legacy ? 'legacy/' : ''}${suite.file}`;
    for (const c of loadVectors('input', suite.file, legacy)) registerInput(suite, label, c);
    for (const c of loadVectors('output', suite.file, legacy)) registerOutput(suite, label, c);
  }
}

function caseKey(label: string, kind: string, c: VectorCase): string {
  return `${kind}/${label}:${c.id}`;
}

function registerInput(suite: Suite, label: string, c: VectorCase): void {
  const key = caseKey(label, 'input', c);
  const reason = suite.skipped[key];
  test(`${key} ${c.description?.split('\n')[0] ?? ''}`, reason ? { skip: reason } : {}, () => {
    const req = wireRequestFromVector(c);
    assert.equal(suite.protocol.operationName(req, c.model), c.operation.name);
    const input = suite.protocol.parseRequest(req, c.operation, c.model);
    assert.deepEqual(canonical(input, c.operation.input, 'actual'), canonical(c.params ?? {}, c.operation.input, 'expected'));
  });
}

function registerOutput(suite: Suite, label: string, c: VectorCase): void {
  const key = caseKey(label, 'output', c);
  const reason = suite.skipped[key];
  test(`${key} ${c.description?.split('\n')[0] ?? ''}`, reason ? { skip: reason } : {}, async () => {
    const { model, operation: op } = c;
    const ctx = { requestId: 'kumo-request-id' };
    if (c.errorCode !== undefined) {
      const fields = { ...(c.error ?? {}) };
      const message = (fields.Message ?? fields.message ?? c.errorMessage ?? '') as string;
      delete fields.Message;
      delete fields.message;
      const status = c.response?.status_code ?? 400;
      const errorShape = model.errorsByCode[c.errorCode];
      const decodedFields = errorShape ? (decodedFromVector(fields, errorShape) as Record<string, unknown>) : fields;
      const res = suite.protocol.serializeError(new AwsError(c.errorCode, message, { status, fields: decodedFields }), op, model, ctx);
      assert.equal(res.status, status);
      const body = await bodyText(res);
      const read = suite.readError ? suite.readError(res, body, model) : readXmlError(body, model);
      assert.equal(read.code, c.errorCode);
      assert.equal(read.message ?? '', message);
      assert.equal(read.requestId, ctx.requestId);
      if (errorShape) {
        const readFields = Object.fromEntries(Object.entries(read.fields).filter(([name]) => !/^message$/i.test(name)));
        assert.deepEqual(canonical(readFields, errorShape, 'actual'), canonical(fields, errorShape, 'expected'));
      }
      return;
    }
    const expected = canonical(c.result ?? {}, op.output, 'expected');
    // The reader must understand AWS's own bytes first, or reading ours back proves nothing.
    const awsResponse: WireResponse = { status: c.response?.status_code ?? 200, headers: c.response?.headers ?? {}, body: c.response?.body ?? '' };
    assert.deepEqual(canonical(suite.readOutput(awsResponse, c.response?.body ?? '', op, model), op.output, 'actual'), expected, 'reader vs AWS body');
    const output = decodedFromVector(c.result ?? {}, op.output) as Record<string, unknown>;
    const res = suite.protocol.serializeResponse(output, op, model, ctx);
    assert.equal(res.status, c.response?.status_code ?? 200);
    const body = await bodyText(res);
    assert.deepEqual(canonical(suite.readOutput(res, body, op, model), op.output, 'actual'), expected, `reading back: ${body}`);
  });
}
