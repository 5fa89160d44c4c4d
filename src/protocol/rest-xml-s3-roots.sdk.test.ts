import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as s3Sdk from '@aws-sdk/client-s3';
import { modelCatalog } from '../model/index.js';
import { restXmlProtocol } from './rest-xml.js';
import { payloadMemberName } from './rest/index.js';

/**
 * Every S3 output's XML root as Kumo writes it (aws-sdk model plus specs/patches/s3.json)
 * against the root the v3 client's Smithy schema names: the output's xmlName, else its shape
 * name; for a structure payload, the member's or target's xmlName, else the target's name.
 * The schema layout is the one @aws-sdk/client-s3 exports as `<Operation>$` (pinned version).
 */
type Schema = unknown[];
const TRAIT_BITS = ['httpLabel', 'idempotent', 'idempotencyToken', 'sensitive', 'httpPayload', 'httpResponseCode', 'httpQueryParams'];
const exports = s3Sdk as unknown as Record<string, unknown>;

function deref(value: unknown): unknown {
  return typeof value === 'function' ? deref((value as () => unknown)()) : value;
}

function traits(value: unknown): Record<string, unknown> {
  if (typeof value === 'number') return Object.fromEntries(TRAIT_BITS.filter((_, i) => (value >> i) & 1).map((t) => [t, 1]));
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** A structure member is `target` or `[target, traits]`. */
function member(value: unknown): { target: unknown; traits: Record<string, unknown> } {
  if (Array.isArray(value) && value.length === 2 && !(typeof value[0] === 'number' && value[0] >= 3 && typeof value[1] === 'string')) {
    return { target: deref(value[0]), traits: traits(value[1]) };
  }
  return { target: deref(value), traits: {} };
}

const isStructure = (s: unknown): s is Schema => Array.isArray(s) && s[0] === 3;

/** The root the SDK's model names, 'raw' for blob and string payloads, undefined without a body. */
function sdkRoot(operation: string): string | undefined | 'raw' | 'no-schema' {
  const op = exports[`${operation}$`] as Schema | undefined;
  if (!op) return 'no-schema';
  const output = deref(op[5]);
  if (!isStructure(output)) return undefined;
  const members = (output[5] as unknown[]).map(member);
  const payload = members.find((m) => m.traits.httpPayload);
  if (payload) {
    if (!isStructure(payload.target)) return 'raw';
    return (payload.traits.xmlName as string | undefined) ?? (traits(payload.target[3]).xmlName as string | undefined) ?? (payload.target[2] as string);
  }
  const inBody = members.some((m) => !m.traits.httpHeader && !m.traits.httpPrefixHeaders && !m.traits.httpResponseCode);
  if (!inBody) return undefined;
  return (traits(output[3]).xmlName as string | undefined) ?? (output[2] as string);
}

test('every S3 XML output has the root element and namespace AWS sends', () => {
  const model = modelCatalog().model('s3');
  const checked: string[] = [];
  for (const op of Object.values(model.operations)) {
    const expected = sdkRoot(op.name);
    // Raw payloads (GetObject), the event stream (SelectObjectContent) and operations the v3 client dropped.
    if (expected === 'raw' || expected === 'no-schema' || expected === undefined) continue;
    const payload = payloadMemberName(op.output);
    const output = payload !== undefined ? { [payload]: {} } : {};
    const response = restXmlProtocol.serializeResponse(output, op, model, { requestId: 'r' });
    const root = /^<\?xml[^>]*\?>\s*<([^\s>/]+)([^>]*)>/.exec(String(response.body ?? ''));
    assert.equal(root?.[1], expected, `${op.name} root`);
    assert.match(root?.[2] ?? '', /^ xmlns="http:\/\/s3\.amazonaws\.com\/doc\/2006-03-01\/"/, `${op.name} namespace`);
    checked.push(op.name);
  }
  assert.ok(checked.length >= 40, `checked ${checked.length} operations`);
});

test("the deprecated operations keep AWS's roots", () => {
  const model = modelCatalog().model('s3');
  for (const [name, root] of [['GetBucketLifecycle', 'LifecycleConfiguration'], ['GetBucketNotification', 'NotificationConfiguration']] as const) {
    const body = String(restXmlProtocol.serializeResponse({}, model.operations[name]!, model, { requestId: 'r' }).body ?? '');
    assert.match(body, new RegExp(`<${root} xmlns="http://s3.amazonaws.com/doc/2006-03-01/">`), name);
  }
});
