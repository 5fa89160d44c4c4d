import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesFilterPolicy, type AttributeValue } from '../../../src/services/sns/model/filter-policy-match.js';
import { validateFilterPolicy, type FilterPolicyScope } from '../../../src/services/sns/model/filter-policy-validate.js';

const str = (StringValue: string): AttributeValue => ({ DataType: 'String', StringValue });
const num = (StringValue: string): AttributeValue => ({ DataType: 'Number', StringValue });
const arr = (values: unknown[]): AttributeValue => ({ DataType: 'String.Array', StringValue: JSON.stringify(values) });

function attrs(policy: object, attributes: Record<string, AttributeValue>): boolean {
  return matchesFilterPolicy(validateFilterPolicy(JSON.stringify(policy), 'MessageAttributes', 'Invalid parameter: '), 'MessageAttributes', '', attributes);
}

function body(policy: object, message: unknown): boolean {
  const text = typeof message === 'string' ? message : JSON.stringify(message);
  return matchesFilterPolicy(validateFilterPolicy(JSON.stringify(policy), 'MessageBody', 'Invalid parameter: '), 'MessageBody', text, undefined);
}

function invalid(policy: unknown, message: string, scope: FilterPolicyScope = 'MessageAttributes'): void {
  assert.throws(() => validateFilterPolicy(JSON.stringify(policy), scope, 'Invalid parameter: Attributes Reason: '), (e: Error) => {
    assert.equal(e.name, 'InvalidParameter');
    assert.equal(e.message, message);
    return true;
  });
}

describe('SNS filter policies on message attributes', () => {
  test('exact strings and numbers match only their own types', () => {
    assert.ok(attrs({ kind: ['order', 'refund'] }, { kind: str('refund') }));
    assert.ok(!attrs({ kind: ['order'] }, { kind: str('Order') }));
    assert.ok(attrs({ price: [100] }, { price: num('100.0') }));
    assert.ok(!attrs({ price: [100] }, { price: str('100') }));
    assert.ok(!attrs({ price: ['100'] }, { price: num('100') }));
    assert.ok(!attrs({ kind: ['order'] }, {}), 'a missing attribute matches nothing but exists:false');
  });

  test('prefix, suffix, equals-ignore-case and anything-but', () => {
    assert.ok(attrs({ s: [{ prefix: 'eu-' }] }, { s: str('eu-west') }));
    assert.ok(!attrs({ s: [{ prefix: 'eu-' }] }, { s: str('us-east') }));
    assert.ok(attrs({ s: [{ suffix: '.png' }] }, { s: str('cat.png') }));
    assert.ok(attrs({ s: [{ 'equals-ignore-case': 'ORDER' }] }, { s: str('order') }));
    assert.ok(attrs({ s: [{ 'anything-but': 'red' }] }, { s: str('blue') }));
    assert.ok(!attrs({ s: [{ 'anything-but': ['red', 'blue'] }] }, { s: str('blue') }));
    assert.ok(attrs({ n: [{ 'anything-but': [1, 2] }] }, { n: num('3') }));
    assert.ok(!attrs({ s: [{ 'anything-but': { prefix: 'test-' } }] }, { s: str('test-1') }));
    assert.ok(attrs({ s: [{ 'anything-but': { prefix: 'test-' } }] }, { s: str('prod-1') }));
    assert.ok(!attrs({ s: [{ 'anything-but': 'red' }] }, {}), 'anything-but needs the attribute');
  });

  test('numeric comparisons and ranges', () => {
    assert.ok(attrs({ p: [{ numeric: ['>', 10, '<=', 20] }] }, { p: num('20') }));
    assert.ok(!attrs({ p: [{ numeric: ['>', 10, '<=', 20] }] }, { p: num('10') }));
    assert.ok(attrs({ p: [{ numeric: ['=', 3.5] }] }, { p: num('3.5') }));
    assert.ok(!attrs({ p: [{ numeric: ['>', 1] }] }, { p: str('5') }));
  });

  test('exists, cidr, String.Array and $or', () => {
    assert.ok(attrs({ a: [{ exists: true }] }, { a: str('x') }));
    assert.ok(attrs({ a: [{ exists: false }] }, { b: str('x') }));
    assert.ok(!attrs({ a: [{ exists: false }] }, { a: str('x') }));
    assert.ok(attrs({ ip: [{ cidr: '10.0.0.0/24' }] }, { ip: str('10.0.0.7') }));
    assert.ok(!attrs({ ip: [{ cidr: '10.0.0.0/24' }] }, { ip: str('10.0.1.7') }));
    assert.ok(attrs({ ip: [{ cidr: '2001:db8::/32' }] }, { ip: str('2001:db8::1') }));
    assert.ok(attrs({ tags: ['b'] }, { tags: arr(['a', 'b']) }));
    assert.ok(attrs({ tags: [{ numeric: ['>', 5] }] }, { tags: arr([1, 9]) }));
    assert.ok(attrs({ a: ['1'], $or: [{ b: ['x'] }, { c: ['y'] }] }, { a: str('1'), c: str('y') }));
    assert.ok(!attrs({ a: ['1'], $or: [{ b: ['x'] }, { c: ['y'] }] }, { a: str('1'), c: str('z') }));
  });
});

describe('SNS filter policies on the message body', () => {
  test('nested keys, arrays, booleans and null', () => {
    const message = { order: { total: 120, items: ['book', 'pen'], gift: true, coupon: null, shipping: { country: 'DE' } } };
    assert.ok(body({ order: { total: [{ numeric: ['>=', 100] }] } }, message));
    assert.ok(body({ order: { items: ['pen'] } }, message));
    assert.ok(body({ order: { gift: [true], coupon: [null] } }, message));
    assert.ok(body({ order: { shipping: { country: [{ 'anything-but': ['US'] }] } } }, message));
    assert.ok(!body({ order: { shipping: { country: ['US'] } } }, message));
    assert.ok(body({ order: { discount: [{ exists: false }] } }, message));
    assert.ok(body({ order: { shipping: [{ exists: true }] } }, message));
    assert.ok(body({ $or: [{ order: { total: [1] } }, { order: { gift: [true] } }] }, message));
    assert.ok(!body({ order: { total: [120] } }, 'not json'), 'a body that is not JSON matches nothing');
  });
});

describe('SNS filter policy validation', () => {
  test('AWS\'s messages for bad rules', () => {
    invalid({ a: [{ prefixx: 'x' }] }, 'Invalid parameter: Attributes Reason: FilterPolicy: Unrecognized match type prefixx');
    invalid({ a: [['x']] }, 'Invalid parameter: Attributes Reason: FilterPolicy: Match value must be String, number, true, false, or null');
    invalid({ a: [{ prefix: 1 }] }, 'Invalid parameter: Attributes Reason: FilterPolicy: prefix match pattern must be a string');
    invalid({ a: [{ exists: 'yes' }] }, 'Invalid parameter: Attributes Reason: FilterPolicy: exists match pattern must be either true or false.');
    invalid({ a: [{ prefix: 'x', suffix: 'y' }] }, 'Invalid parameter: Attributes Reason: FilterPolicy: Only one key allowed in match expression');
    invalid({ a: [{ numeric: ['>', 20, '<', 1] }] }, 'Invalid parameter: Attributes Reason: FilterPolicy: Bottom must be less than top');
    invalid({ a: [{ numeric: ['<', 20, '>', 1] }] }, 'Invalid parameter: Attributes Reason: FilterPolicy: Too many elements in numeric expression');
    invalid({ a: [{ numeric: ['>', 'x'] }] }, 'Invalid parameter: Attributes Reason: FilterPolicy: Value of > must be numeric');
    invalid({ a: [{ numeric: ['==', 1] }] }, 'Invalid parameter: Attributes Reason: FilterPolicy: Unrecognized numeric range operator: ==');
    invalid({ a: [{ 'anything-but': { wildcard: 'x' } }] }, 'Invalid parameter: Attributes Reason: FilterPolicy: Unsupported anything-but pattern: wildcard');
    invalid({ a: [{ cidr: '10.0.0.1' }] }, "Invalid parameter: Attributes Reason: FilterPolicy: Malformed CIDR, one '/' required");
    invalid({ a: [] }, 'Invalid parameter: Attributes Reason: FilterPolicy: Empty arrays are not allowed');
    invalid({ a: [1e9] }, 'Invalid parameter: Attributes Reason: FilterPolicy: Numeric match value must be smaller than 1E9, got 1000000000');
  });

  test('limits: five keys, 150 combinations, nesting only in body scope', () => {
    invalid({ a: [1], b: [1], c: [1], d: [1], e: [1], f: [1] }, 'Invalid parameter: FilterPolicy: Filter policy can not have more than 5 keys');
    invalid({ a: Array.from({ length: 10 }, (_, i) => i), b: Array.from({ length: 16 }, (_, i) => i) }, 'Invalid parameter: FilterPolicy: Filter policy is too complex');
    invalid({ a: { b: ['c'] } }, 'Invalid parameter: Filter policy scope MessageAttributes does not support nested filter policy');
    assert.doesNotThrow(() => validateFilterPolicy(JSON.stringify({ a: { b: ['c'] } }), 'MessageBody', ''));
    assert.doesNotThrow(() => validateFilterPolicy(JSON.stringify({ a: Array.from({ length: 150 }, (_, i) => String(i)) }), 'MessageAttributes', ''));
  });
});
