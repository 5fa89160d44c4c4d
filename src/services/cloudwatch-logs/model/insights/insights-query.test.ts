import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery, QueryError } from './parse-query.js';
import { runQuery, type QueryEvent } from './run-query.js';

const T0 = Date.UTC(2024, 0, 1, 0, 0, 0);
const events: QueryEvent[] = [
  { timestamp: T0, message: 'ERROR app=web took 120 ms', ingestionTime: T0, logStream: 'a', log: '1:g', ptr: 'p1' },
  { timestamp: T0 + 60_000, message: 'INFO app=web took 30 ms', ingestionTime: T0, logStream: 'a', log: '1:g', ptr: 'p2' },
  { timestamp: T0 + 6 * 60_000, message: 'ERROR app=api took 80 ms', ingestionTime: T0, logStream: 'b', log: '1:g', ptr: 'p3' },
  { timestamp: T0 + 7 * 60_000, message: '{"level":"warn","latency":15,"user":{"id":"u1"}}', ingestionTime: T0, logStream: 'b', log: '1:g', ptr: 'p4' },
];

function run(query: string) {
  return runQuery(parseQuery(query), events).rows.map((row) => Object.fromEntries(row.map((f) => [f.field, f.value])));
}

describe('Logs Insights parser and evaluator', () => {
  test('default fields, newest first, with @ptr', () => {
    const rows = run('limit 2');
    assert.deepEqual(rows.map((r) => r['@ptr']), ['p4', 'p3']);
    assert.equal(rows[1]!['@timestamp'], '2024-01-01 00:06:00.000');
    assert.equal(rows[1]!['@message'], 'ERROR app=api took 80 ms');
  });

  test('filter with like, regex, comparisons and boolean logic', () => {
    assert.deepEqual(run('fields @logStream | filter @message like "ERROR" | sort @timestamp asc').map((r) => r['@logStream']), ['a', 'b']);
    assert.equal(run('filter @message like /took \\d{3} ms/').length, 1);
    assert.equal(run('filter @message =~ /^INFO/ or latency < 20').length, 2);
    assert.equal(run('filter not ispresent(latency) and @logStream in ["b"]').length, 1);
    assert.deepEqual(run('fields level, user.id | filter latency >= 15').map((r) => [r.level, r['user.id']]), [['warn', 'u1']]);
  });

  test('parse with a glob and with named regex groups, then stats', () => {
    const rows = run('parse @message "* app=* took * ms" as level, app, ms | filter ispresent(app) | stats sum(ms) as total, avg(ms), count(*) by app | sort total desc');
    assert.deepEqual(rows, [
      { app: 'web', total: '150', 'avg(ms)': '75', 'count(*)': '2' },
      { app: 'api', total: '80', 'avg(ms)': '80', 'count(*)': '1' },
    ]);
    const named = run('parse @message /took (?<ms>\\d+)/ | stats min(ms), max(ms)');
    assert.deepEqual(named, [{ 'min(ms)': '30', 'max(ms)': '120' }]);
  });

  test('stats by bin() and display', () => {
    const rows = run('filter @message like "ERROR" | stats count(*) as errors by bin(5m) | sort bin(5m) asc');
    assert.deepEqual(rows, [
      { 'bin(5m)': '2024-01-01 00:00:00.000', errors: '1' },
      { 'bin(5m)': '2024-01-01 00:05:00.000', errors: '1' },
    ]);
    assert.deepEqual(run('fields @logStream, @message | display @logStream | limit 1'), [{ '@logStream': 'b', '@ptr': 'p4' }]);
  });

  test('malformed queries say why', () => {
    assert.throws(() => parseQuery('fields @message | frobnicate'), QueryError);
    assert.throws(() => parseQuery('filter @message like "open'), /unterminated string/);
    assert.throws(() => runQuery(parseQuery('stats strlen(@message)'), events), /aggregate/);
  });
});
