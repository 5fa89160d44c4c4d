import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openStore } from './open-store.js';
import { defineTable } from './types.js';

const queues = defineTable<{ url: string }>({ service: 'sqs', name: 'queues', scope: 'region' });
const users = defineTable<{ name: string }>({ service: 'iam', name: 'users', scope: 'account' });
const zones = defineTable<{ name: string }>({ service: 'route-53', name: 'zones', scope: 'global' });
const items = defineTable<number>({ service: 'test', name: 'items', scope: 'global' });

const a1 = { accountId: '111111111111', region: 'us-east-1' };
const a1west = { accountId: '111111111111', region: 'eu-west-1' };
const a2 = { accountId: '222222222222', region: 'us-east-1' };

describe('scoped tables', () => {
  test('regional rows are per account and region', () => {
    const store = openStore({ inMemory: true });
    store.table(queues, a1).put('q', { url: 'a1' });
    store.table(queues, a1west).put('q', { url: 'a1west' });
    assert.deepEqual(store.table(queues, a1).get('q'), { url: 'a1' });
    assert.deepEqual(store.table(queues, a1west).get('q'), { url: 'a1west' });
    assert.equal(store.table(queues, a2).get('q'), undefined);
    assert.equal(store.table(queues, a2).has('q'), false);
    assert.equal(store.table(queues, a2).list().length, 0);
    store.close();
  });

  test('account rows are shared by regions, global rows by everyone', () => {
    const store = openStore({ inMemory: true });
    store.table(users, a1).put('alice', { name: 'alice' });
    assert.deepEqual(store.table(users, a1west).get('alice'), { name: 'alice' });
    assert.equal(store.table(users, a2).get('alice'), undefined);
    store.table(zones, a1).put('z', { name: 'example.com' });
    assert.deepEqual(store.table(zones, a2).get('z'), { name: 'example.com' });
    store.close();
  });

  test('put replaces, delete reports whether a row was there, values are JSON', () => {
    const store = openStore({ inMemory: true });
    const table = store.table(defineTable<unknown>({ service: 'test', name: 'json', scope: 'global' }), a1);
    table.put('k', { nested: [1, 'two', null, { deep: true }] });
    table.put('k', { replaced: 1 });
    assert.deepEqual(table.get('k'), { replaced: 1 });
    assert.equal(table.delete('k'), true);
    assert.equal(table.delete('k'), false);
    assert.throws(() => table.put('u', undefined), TypeError);
    store.close();
  });

  test('list is in key order with prefix, after, start/end, limit and reverse', () => {
    const store = openStore({ inMemory: true });
    const table = store.table(items, a1);
    const keys = ['b/2', 'a/1', 'b/1', 'b/10', 'c', 'b/3', 'ba'];
    keys.forEach((key, i) => table.put(key, i));
    const keysOf = (rows: Array<{ key: string }>): string[] => rows.map((row) => row.key);
    assert.deepEqual(keysOf(table.list()), ['a/1', 'b/1', 'b/10', 'b/2', 'b/3', 'ba', 'c']);
    assert.deepEqual(keysOf(table.list({ prefix: 'b/' })), ['b/1', 'b/10', 'b/2', 'b/3']);
    assert.deepEqual(keysOf(table.list({ prefix: 'b/', reverse: true, limit: 2 })), ['b/3', 'b/2']);
    assert.deepEqual(keysOf(table.list({ start: 'b/10', end: 'b/3' })), ['b/10', 'b/2']);
    assert.deepEqual(table.list({ limit: 1 })[0], { key: 'a/1', value: 1 });
    assert.deepEqual(table.list({ limit: 0 }), []);
    // Pagination: pages of 3 with `after` visit every row once.
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = table.list({ after, limit: 3 });
      seen.push(...keysOf(page));
      if (page.length < 3) break;
      after = page[page.length - 1]!.key;
    }
    assert.deepEqual(seen, keysOf(table.list()));
    assert.deepEqual(keysOf(table.list({ reverse: true, after: 'b/2' })), ['b/10', 'b/1', 'a/1'], 'after follows listing order');
    const descending: string[] = [];
    after = undefined;
    for (;;) {
      const page = table.list({ after, limit: 2, reverse: true });
      descending.push(...keysOf(page));
      if (page.length < 2) break;
      after = page[page.length - 1]!.key;
    }
    assert.deepEqual(descending, keysOf(table.list()).reverse());
    assert.equal(table.count(), 7);
    assert.equal(table.count({ prefix: 'b/' }), 4);
    assert.equal(table.deleteRange({ prefix: 'b/' }), 4);
    assert.deepEqual(keysOf(table.list()), ['a/1', 'ba', 'c']);
    store.close();
  });

  test('key order is by code point, astral characters last', () => {
    const store = openStore({ inMemory: true });
    const table = store.table(items, a1);
    for (const key of ['\u{1F600}', '\uFFFD', 'z']) table.put(key, 0);
    assert.deepEqual(table.list().map((row) => row.key), ['z', '\uFFFD', '\u{1F600}']);
    assert.deepEqual(table.list({ prefix: '\u{1F600}' }).length, 1);
    store.close();
  });
});

describe('transactions', () => {
  test('a throw rolls back every write of the transaction', () => {
    const store = openStore({ inMemory: true });
    const table = store.table(items, a1);
    table.put('kept', 1);
    assert.throws(
      () =>
        store.transaction(() => {
          table.put('new', 2);
          table.delete('kept');
          throw new Error('abort');
        }),
      /abort/,
    );
    assert.equal(table.get('kept'), 1);
    assert.equal(table.has('new'), false);
    assert.equal(store.transaction(() => (table.put('x', 3), 'result')), 'result');
    assert.equal(table.get('x'), 3);
    store.close();
  });

  test('nested calls join the outer transaction', () => {
    const store = openStore({ inMemory: true });
    const table = store.table(items, a1);
    assert.throws(() =>
      store.transaction(() => {
        store.transaction(() => table.put('inner', 1));
        throw new Error('outer fails');
      }),
    );
    assert.equal(table.has('inner'), false, 'inner writes land only with the outer commit');
    store.transaction(() => {
      table.put('outer', 1);
      try {
        store.transaction(() => {
          table.put('inner', 2);
          throw new Error('inner fails');
        });
      } catch {
        // The caller handled it; only the inner call's writes are gone.
      }
    });
    assert.equal(table.get('outer'), 1);
    assert.equal(table.has('inner'), false);
    store.close();
  });

  test('an async function is refused and rolled back', () => {
    const store = openStore({ inMemory: true });
    const table = store.table(items, a1);
    assert.throws(() => store.transaction(async () => table.put('a', 1)), /synchronous/);
    assert.equal(table.has('a'), false);
    store.close();
  });
});
