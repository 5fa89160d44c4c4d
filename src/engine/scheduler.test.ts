import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, test } from 'node:test';
import { createClock } from './clock.js';
import { createScheduler } from './scheduler.js';

describe('createScheduler', () => {
  test('advancing the clock runs due tasks at once, in order of due time', () => {
    const clock = createClock();
    const scheduler = createScheduler(clock);
    const ran: string[] = [];
    const t0 = clock.now();
    scheduler.at(t0 + 30_000, () => void ran.push('c'));
    scheduler.at(t0 + 10_000, () => void ran.push('a'));
    scheduler.at(t0 + 20_000, () => void ran.push('b'));
    scheduler.at(t0 + 90_000, () => void ran.push('late'));
    clock.advance(25_000);
    assert.deepEqual(ran, ['a', 'b']);
    clock.advance(10_000);
    assert.deepEqual(ran, ['a', 'b', 'c']);
    scheduler.stop();
  });

  test('tasks due at the same time run in the order they were scheduled', () => {
    const clock = createClock();
    const scheduler = createScheduler(clock);
    const ran: number[] = [];
    const due = clock.now() + 5_000;
    for (let i = 0; i < 5; i++) scheduler.at(due, () => void ran.push(i));
    clock.advance(5_000);
    assert.deepEqual(ran, [0, 1, 2, 3, 4]);
    scheduler.stop();
  });

  test('every follows the clock, runs once when far behind, and keeps its phase', () => {
    // Real time frozen, so a loaded machine cannot move the phase between the assertions.
    const frozen = Date.now();
    const clock = createClock(() => frozen);
    const scheduler = createScheduler(clock);
    const start = clock.now();
    const seen: number[] = [];
    scheduler.every(1_000, () => void seen.push(clock.now() - start));
    clock.advance(1_000);
    clock.advance(1_000);
    assert.equal(seen.length, 2);
    clock.advance(10_500);
    assert.equal(seen.length, 3, 'a task behind by many intervals runs once');
    clock.advance(499);
    assert.equal(seen.length, 3);
    clock.advance(1);
    assert.equal(seen.length, 4, 'next run is on the original phase (13 s)');
    scheduler.stop();
  });

  test('cancel and stop prevent runs', () => {
    const clock = createClock();
    const scheduler = createScheduler(clock);
    let runs = 0;
    const cancel = scheduler.at(clock.now() + 100, () => void runs++);
    cancel();
    scheduler.every(100, () => void runs++);
    scheduler.stop();
    clock.advance(1_000);
    assert.equal(runs, 0);
  });

  test('runs on real timers without an advance', async () => {
    const clock = createClock();
    const scheduler = createScheduler(clock);
    const ran: string[] = [];
    scheduler.at(clock.now() + 30, () => void ran.push('b'));
    scheduler.at(clock.now() + 5, () => void ran.push('a'));
    scheduler.at(clock.now() - 1_000, () => void ran.push('overdue'));
    assert.deepEqual(ran, [], 'nothing runs inside at()');
    await sleep(80);
    assert.deepEqual(ran, ['overdue', 'a', 'b']);
    scheduler.stop();
  });

  test('errors and rejections are logged, not thrown, and later tasks still run', async (t) => {
    const writes: string[] = [];
    t.mock.method(process.stderr, 'write', (chunk: string) => {
      writes.push(String(chunk));
      return true;
    });
    const clock = createClock();
    const scheduler = createScheduler(clock);
    const ran: string[] = [];
    scheduler.at(clock.now() + 10, () => {
      throw new Error('sync failure');
    });
    scheduler.at(clock.now() + 20, async () => {
      throw new Error('async failure');
    });
    scheduler.at(clock.now() + 30, () => void ran.push('after'));
    clock.advance(100);
    await scheduler.idle();
    assert.deepEqual(ran, ['after']);
    assert.ok(writes.some((w) => w.includes('sync failure')));
    assert.ok(writes.some((w) => w.includes('async failure')));
    scheduler.stop();
  });

  test('idle waits for async tasks the advance made due; an every task never overlaps itself', async () => {
    const clock = createClock();
    const scheduler = createScheduler(clock);
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    scheduler.every(1_000, async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await sleep(10);
      active--;
      runs++;
    });
    clock.advance(1_000);
    clock.advance(1_000);
    await scheduler.idle();
    assert.equal(maxActive, 1);
    assert.equal(runs, 2, 'the second advance found the task running; it ran again once done');
    scheduler.stop();
  });
});
