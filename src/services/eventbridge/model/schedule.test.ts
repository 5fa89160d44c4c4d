import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { nextFiring, parseSchedule } from './schedule.js';

const at = (iso: string) => Date.parse(iso);
const next = (expression: string, after: string) => {
  const schedule = parseSchedule(expression);
  assert.ok(schedule, expression);
  const ms = nextFiring(schedule, at(after), at(after));
  return ms === undefined ? undefined : new Date(ms).toISOString();
};

describe('schedule expressions', () => {
  test('rate: singular for 1, plural otherwise, counted from the anchor', () => {
    assert.deepEqual(parseSchedule('rate(1 minute)'), { kind: 'rate', everyMs: 60_000 });
    assert.deepEqual(parseSchedule('rate(5 minutes)'), { kind: 'rate', everyMs: 300_000 });
    assert.deepEqual(parseSchedule('rate(2 days)'), { kind: 'rate', everyMs: 172_800_000 });
    for (const bad of ['rate(1 minutes)', 'rate(5 minute)', 'rate(0 minutes)', 'rate(5 seconds)', 'rate(5minutes)']) assert.equal(parseSchedule(bad), undefined, bad);
    const rate = parseSchedule('rate(5 minutes)')!;
    assert.equal(nextFiring(rate, 1_000, 0), 300_000);
    assert.equal(nextFiring(rate, 300_000, 0), 600_000);
  });

  test('cron: six fields, one day field must be ?', () => {
    for (const bad of ['cron(0 12 * * ? )', 'cron(0 12 * * * *)', 'cron(0 12 ? * ? *)', 'cron(60 12 * * ? *)', 'cron(0 24 * * ? *)', 'cron(0 12 * 13 ? *)', 'cron(0 12 ? * 8 *)']) {
      assert.equal(parseSchedule(bad), undefined, bad);
    }
    assert.equal(next('cron(0 12 * * ? *)', '2024-03-01T11:00:00Z'), '2024-03-01T12:00:00.000Z');
    assert.equal(next('cron(0 12 * * ? *)', '2024-03-01T12:00:00Z'), '2024-03-02T12:00:00.000Z');
    assert.equal(next('cron(0/15 * * * ? *)', '2024-03-01T11:07:00Z'), '2024-03-01T11:15:00.000Z');
    assert.equal(next('cron(15 10 ? * MON-FRI *)', '2024-03-01T11:00:00Z'), '2024-03-04T10:15:00.000Z'); // Friday after 10:15 -> Monday
    assert.equal(next('cron(0 18 L * ? *)', '2024-02-10T00:00:00Z'), '2024-02-29T18:00:00.000Z');
    assert.equal(next('cron(0 8 ? * 6L *)', '2024-03-01T00:00:00Z'), '2024-03-29T08:00:00.000Z'); // last Friday
    assert.equal(next('cron(0 8 ? * 2#1 *)', '2024-03-01T00:00:00Z'), '2024-03-04T08:00:00.000Z'); // first Monday
    assert.equal(next('cron(0 9 1W * ? *)', '2024-06-01T00:00:00Z'), '2024-06-03T09:00:00.000Z'); // June 1 2024 is a Saturday
    assert.equal(next('cron(0 0 1 JAN ? 2030)', '2024-06-01T00:00:00Z'), undefined, 'beyond five years');
    assert.equal(next('cron(30 2 1 JAN,JUL ? 2025)', '2024-06-01T00:00:00Z'), '2025-01-01T02:30:00.000Z');
  });
});
