import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createClock } from './clock.js';

describe('createClock', () => {
  test('starts at real time and advances by an offset', () => {
    const clock = createClock();
    const before = Date.now();
    assert.ok(Math.abs(clock.now() - before) < 1000);
    clock.advance(60_000);
    assert.equal(clock.offsetMs, 60_000);
    assert.ok(clock.now() - Date.now() >= 59_000);
    assert.ok(Math.abs(clock.date().getTime() - clock.now()) < 1000);
  });

  test('refuses to go backward', () => {
    const clock = createClock();
    assert.throws(() => clock.advance(-1), RangeError);
    assert.throws(() => clock.advance(Number.NaN), RangeError);
    assert.equal(clock.offsetMs, 0);
  });

  test('notifies listeners until they unsubscribe, surviving a failing one', (t) => {
    const clock = createClock();
    t.mock.method(process.stderr, 'write', () => true);
    let calls = 0;
    clock.onChange(() => {
      throw new Error('boom');
    });
    const off = clock.onChange(() => calls++);
    clock.advance(1);
    off();
    clock.advance(1);
    assert.equal(calls, 1);
  });
});
