import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { AwsError } from '../../shared/aws-error.js';
import type { Protocol, WireRequest, WireResponse } from '../types.js';
import { readJsonFamilyResponse, type JsonFamily } from './json-family-reader.js';
import { loadVectors, protocolTestsDir, vectorsAvailable, type VectorCase } from './protocol-vectors.js';
import type { Shape } from '../../model/index.js';
import { canonical } from './vector-values.js';

export interface JsonFamilySuite {
  protocol: Protocol;
  family: JsonFamily;
  /** Vector files without .json; their legacy/ twins run too where present. */
  files: readonly string[];
  /** Case key (`input/rest-json:CaseId`) -> why it cannot hold for a server. */
  skipped: Readonly<Record<string, string>>;
  /** Case key -> why operationName is not asserted (parseRequest still is). */
  routingExempt?: Readonly<Record<string, string>>;
  /** Case key -> why the test reader cannot read AWS's own bytes (our round trip still runs). */
  awsBytesUnreadable?: Readonly<Record<string, string>>;
}

/** Counts per file and kind, for the report. */
export const vectorCounts: Record<string, { run: number; skipped: number }> = {};

/**
 * Registers one node:test per case. Input: the client's request must parse to `params`.
 * Output: the test reader must read AWS's bytes to `result` (so it is a fair judge), then
 * Kumo's serialized `result` (or error) must read back to the same thing.
 */
export function registerJsonFamilyVectors(suite: JsonFamilySuite): void {
  if (!vectorsAvailable()) {
    test.skip(`${suite.files.join(', ')} protocol vectors: ../shared/protocol-tests is absent`);
    return;
  }
  for (const file of suite.files) {
    for (const legacy of [false, true]) {
      for (const kind of ['input', 'output'] as const) {
        if (!existsSync(join(protocolTestsDir(), ...(legacy ? ['legacy'] : []), kind, `${file}.json`))) continue;
        const label = `${kind}/${legacy ? 'legacy/' : ''}${file}`;
        for (const c of loadVectors(kind, file, legacy)) {
          const key = `${label}:${c.id}`;
          const reason = suite.skipped[key];
          const count = (vectorCounts[label] ??= { run: 0, skipped: 0 });
          if (reason) count.skipped++;
          else count.run++;
          const title = `${key} ${c.description?.split('\n')[0] ?? ''}`;
          const body = kind === 'input' ? () => checkInput(suite, key, c) : () => checkOutput(suite, key, c);
          test(title, reason ? { skip: reason } : {}, body);
        }
      }
    }
  }
}

function wireRequest(suite: JsonFamilySuite, c: VectorCase): WireRequest {
  const s = c.serialized!;
  const q = s.uri.indexOf('?');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(s.headers ?? {})) headers[name.toLowerCase()] = value;
  // CBOR vectors carry their bodies base64-encoded.
  const body = suite.family === 'cbor' ? Buffer.from(s.body ?? '', 'base64') : Buffer.from(s.body ?? '', 'utf8');
  return {
    method: s.method ?? c.operation.http.method,
    path: q === -1 ? s.uri : s.uri.slice(0, q),
    rawQuery: q === -1 ? '' : s.uri.slice(q + 1),
    headers,
    body,
    ...(s.host ? { hostname: s.host } : {}),
  };
}

function checkInput(suite: JsonFamilySuite, key: string, c: VectorCase): void {
  const req = wireRequest(suite, c);
  if (!suite.routingExempt?.[key]) assert.equal(suite.protocol.operationName(req, c.model), c.operation.name, 'operationName');
  const input = suite.protocol.parseRequest(req, c.operation, c.model);
  assert.deepEqual(canonical(input, c.operation.input, 'actual'), canonical(c.params ?? {}, c.operation.input, 'expected'));
}

function checkOutput(suite: JsonFamilySuite, key: string, c: VectorCase): void {
  const { model, operation: op } = c;
  const ctx = { requestId: 'kumo-request-id' };
  const status = c.response?.status_code ?? 200;
  const awsBody = suite.family === 'cbor' ? Buffer.from(c.response?.body ?? '', 'base64') : Buffer.from(c.response?.body ?? '', 'utf8');
  const awsResponse: WireResponse = { status, headers: c.response?.headers ?? {}, body: awsBody };
  const readAws = !suite.awsBytesUnreadable?.[key];

  if (c.errorCode !== undefined) {
    if (readAws) assert.equal(readJsonFamilyResponse(suite.family, awsResponse, op, model).error?.code, c.errorCode, 'reader vs AWS error');
    const shape = op.errors.find((e) => e.error?.code === c.errorCode || e.shapeName === c.errorCode) ?? model.errorsByCode[c.errorCode];
    const fields = { ...(c.error ?? {}) };
    const message = (fields.Message ?? fields.message ?? c.errorMessage ?? '') as string;
    delete fields.Message;
    delete fields.message;
    const decodedFields = shape ? (toDecoded(fields, shape) as Record<string, unknown>) : fields;
    const error = new AwsError(shape?.shapeName ?? c.errorCode, message, { status, fields: decodedFields, ...(shape?.error?.code ? { queryCode: shape.error.code } : {}) });
    const res = suite.protocol.serializeError(error, op, model, ctx);
    assert.equal(res.status, status);
    const read = readJsonFamilyResponse(suite.family, res, op, model);
    assert.equal(read.error?.code, c.errorCode);
    assert.equal(read.error?.message ?? '', message);
    assert.equal(read.requestId, ctx.requestId);
    if (shape) {
      const readFields = Object.fromEntries(Object.entries(read.error!.fields).filter(([n]) => !/^message$/i.test(n)));
      assert.deepEqual(canonical(readFields, shape, 'actual'), canonical(fields, shape, 'expected'));
    }
    return;
  }

  const expected = canonical(c.result ?? {}, op.output, 'expected');
  if (readAws) assert.deepEqual(canonical(readJsonFamilyResponse(suite.family, awsResponse, op, model).result, op.output, 'actual'), expected, 'reader vs AWS body');
  // Services hand back Dates and Buffers, or epoch numbers and strings: both must serialize.
  for (const output of [toDecoded(c.result ?? {}, op.output), c.result ?? {}] as Array<Record<string, unknown>>) {
    const res = suite.protocol.serializeResponse(output, op, model, ctx);
    assert.equal(res.status, status, 'status');
    const read = readJsonFamilyResponse(suite.family, res, op, model);
    assert.equal(read.requestId, ctx.requestId);
    assert.deepEqual(canonical(read.result, op.output, 'actual'), expected, 'reading back Kumo bytes');
  }
}

/**
 * A vector's value in decoded form (Date, Buffer, numbers) for feeding serializers; like
 * vector-values.ts's decodedFromVector, but documents pass through untouched.
 */
function toDecoded(value: unknown, shape: Shape): unknown {
  if (value === undefined || value === null || shape.document) return value ?? undefined;
  switch (shape.type) {
    case 'structure':
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, shape.members?.[k] ? toDecoded(v, shape.members[k]) : v]));
    case 'list':
      return (value as unknown[]).map((item) => toDecoded(item, shape.member!));
    case 'map':
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toDecoded(v, shape.value!)]));
    case 'timestamp':
      return typeof value === 'number' ? new Date(value * 1000) : value;
    case 'blob':
      return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    case 'float':
    case 'double':
      return typeof value === 'string' ? Number(value) : value;
    default:
      return value;
  }
}
