import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addDecimals, compareDecimals, encodeDecimalOrdered, formatDecimal, parseDecimal, type Decimal } from '../../../src/services/dynamodb/model/number.js';
import { keyComponent, sortKeyRange, partitionPrefix } from '../../../src/services/dynamodb/model/key-encoding.js';
import { compareKeys } from '../../../src/store/key-range.js';

const dec = (s: string): Decimal => {
  const d = parseDecimal(s);
  assert.equal(typeof d, 'object', `${s} parses`);
  return d as Decimal;
};

describe('DynamoDB numbers', () => {
  test('canonical text: no redundant zeros, plain notation', () => {
    assert.equal(formatDecimal(dec('1.50')), '1.5');
    assert.equal(formatDecimal(dec('-0012.000')), '-12');
    assert.equal(formatDecimal(dec('1e2')), '100');
    assert.equal(formatDecimal(dec('1.5E-3')), '0.0015');
    assert.equal(formatDecimal(dec('-0')), '0');
    assert.equal(formatDecimal(dec('.5')), '0.5');
    assert.equal(formatDecimal(dec('+7.')), '7');
  });

  test('range and precision limits as DynamoDB states them', () => {
    assert.equal(parseDecimal('abc'), 'syntax');
    assert.equal(parseDecimal(''), 'syntax');
    assert.equal(parseDecimal('1e'), 'syntax');
    assert.equal(parseDecimal('1'.repeat(39)), 'digits');
    assert.equal(typeof parseDecimal('1'.repeat(38) + '000'), 'object', 'trailing zeros are not significant');
    assert.equal(typeof parseDecimal('9.9999999999999999999999999999999999999E+125'), 'object');
    assert.equal(parseDecimal('1E+126'), 'overflow');
    assert.equal(typeof parseDecimal('1E-130'), 'object');
    assert.equal(parseDecimal('1E-131'), 'underflow');
    assert.equal(parseDecimal('-1E-131'), 'underflow');
  });

  test('exact arithmetic beyond double precision', () => {
    assert.equal(formatDecimal(addDecimals(dec('0.1'), dec('0.2'))), '0.3');
    assert.equal(formatDecimal(addDecimals(dec('12345678901234567890123456789'), dec('1'))), '12345678901234567890123456790');
    assert.equal(formatDecimal(addDecimals(dec('5'), dec('7.25'), true)), '-2.25');
    assert.equal(formatDecimal(addDecimals(dec('1e10'), dec('-1e10'))), '0');
  });

  test('the order-preserving encoding sorts like the numbers, for every pair', () => {
    const values = ['-1e125', '-100', '-12.5', '-12', '-1.25', '-1', '-0.123', '-0.12', '-1e-130', '0', '1e-130', '0.12', '0.123', '1', '1.25', '12', '12.5', '100', '9.9e125'];
    for (const a of values) {
      for (const b of values) {
        const byValue = Math.sign(compareDecimals(dec(a), dec(b)));
        const byKey = Math.sign(compareKeys(keyComponent({ N: formatDecimal(dec(a)) }), keyComponent({ N: formatDecimal(dec(b)) })));
        assert.equal(byKey, byValue, `${a} vs ${b}`);
      }
    }
    assert.ok(encodeDecimalOrdered(dec('1')) < encodeDecimalOrdered(dec('1.000001')));
  });

  test('strings sort by code point, binary by bytes, with prefixes first', () => {
    const strings = ['', '\u0000', '\u0001x', '\u0002', 'A', 'a', 'a\u0000', 'ab', 'b', '\uffff', '\u{1F600}'];
    for (const a of strings) {
      for (const b of strings) {
        const expected = Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b)));
        assert.equal(Math.sign(compareKeys(keyComponent({ S: a }), keyComponent({ S: b }))), expected, JSON.stringify([a, b]));
      }
    }
    const bins = [[], [0], [0, 0], [0, 255], [1], [255]].map((bytes) => Buffer.from(bytes).toString('base64'));
    for (let i = 1; i < bins.length; i++) assert.ok(compareKeys(keyComponent({ B: bins[i - 1]! }), keyComponent({ B: bins[i]! })) < 0);
  });

  test('sort key ranges select exactly the matching keys of one partition', () => {
    const prefix = partitionPrefix({ S: 'p' });
    const sks = ['a', 'ab', 'abc', 'b', 'b\u0000', 'c'];
    const keys = sks.map((s) => prefix + keyComponent({ S: s }));
    const select = (range: ReturnType<typeof sortKeyRange>): string[] =>
      sks.filter((_, i) => {
        const k = keys[i]!;
        return (range.start === undefined || compareKeys(k, range.start) >= 0) && (range.end === undefined || compareKeys(k, range.end) < 0) && (range.prefix === undefined || k.startsWith(range.prefix));
      });
    assert.deepEqual(select(sortKeyRange(prefix, '=', { S: 'ab' })), ['ab']);
    assert.deepEqual(select(sortKeyRange(prefix, '<', { S: 'ab' })), ['a']);
    assert.deepEqual(select(sortKeyRange(prefix, '<=', { S: 'ab' })), ['a', 'ab']);
    assert.deepEqual(select(sortKeyRange(prefix, '>', { S: 'b' })), ['b\u0000', 'c']);
    assert.deepEqual(select(sortKeyRange(prefix, '>=', { S: 'b' })), ['b', 'b\u0000', 'c']);
    assert.deepEqual(select(sortKeyRange(prefix, 'BETWEEN', { S: 'ab' }, { S: 'b' })), ['ab', 'abc', 'b']);
    assert.deepEqual(select(sortKeyRange(prefix, 'begins_with', { S: 'ab' })), ['ab', 'abc']);
  });
});
