import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareKeys, keyRange, prefixEnd } from './key-range.js';

describe('key ranges', () => {
  test('compareKeys orders by code point, like SQLite on UTF-8', () => {
    const keys = ['b', '\u{1F600}', 'a', '\uFFFD', 'ab', ''];
    assert.deepEqual([...keys].sort(compareKeys), ['', 'a', 'ab', 'b', '\uFFFD', '\u{1F600}']);
    const bytes = [...keys].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    assert.deepEqual([...keys].sort(compareKeys), bytes);
  });

  test('prefixEnd is the first key past the prefix', () => {
    assert.equal(prefixEnd('abc'), 'abd');
    assert.equal(prefixEnd('a\u{10FFFF}'), 'b');
    assert.equal(prefixEnd('a\uD7FF'), 'a\uE000');
    assert.equal(prefixEnd('\u{10FFFF}'), undefined);
  });

  test('bounds fold into one lower and one upper', () => {
    assert.deepEqual(keyRange({}), {});
    assert.deepEqual(keyRange({ prefix: 'q/', after: 'q/5' }), { lower: { key: 'q/5', inclusive: false }, upper: 'q0' });
    assert.deepEqual(keyRange({ prefix: 'q/', start: 'a', end: 'z' }), { lower: { key: 'q/', inclusive: true }, upper: 'q0' });
    assert.deepEqual(keyRange({ start: 'k', after: 'k' }), { lower: { key: 'k', inclusive: false } });
    assert.deepEqual(keyRange({ after: 'a', start: 'm', end: 'p' }), { lower: { key: 'm', inclusive: true }, upper: 'p' });
    assert.deepEqual(keyRange({ after: 'n', end: 'p', reverse: true }), { upper: 'n' });
  });
});
