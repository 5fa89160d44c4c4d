import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestKumo } from '../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../src/index.js';

describe('internal endpoints', () => {
  let kumo: EmbeddedKumo;
  before(async () => {
    kumo = await startTestKumo();
  });
  after(() => kumo.stop());

  test('GET /_kumo/health names the version, persistence and services', async () => {
    const response = await fetch(`${kumo.url}/_kumo/health`);
    assert.equal(response.status, 200);
    const health = (await response.json()) as { status: string; version: string; services: Record<string, { state: string }> };
    assert.equal(health.status, 'ok');
    assert.match(health.version, /^\d+\.\d+\.\d+/);
    assert.equal(health.services.sts?.state, 'running');
  });

  test('GET /_localstack/health answers in LocalStack shape', async () => {
    const health = (await (await fetch(`${kumo.url}/_localstack/health`)).json()) as { services: Record<string, string>; edition: string };
    assert.equal(health.services.sts, 'running');
    assert.equal(typeof health.edition, 'string');
  });

  test('POST /_kumo/clock moves time forward and never back', async () => {
    const before = (await (await fetch(`${kumo.url}/_kumo/clock`)).json()) as { now: string; offsetMs: number };
    const moved = await fetch(`${kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: 3600 }) });
    assert.equal(moved.status, 200);
    const after = (await moved.json()) as { now: string; offsetMs: number };
    assert.equal(after.offsetMs - before.offsetMs, 3_600_000);
    assert.ok(Date.parse(after.now) - Date.parse(before.now) >= 3_600_000);
    const back = await fetch(`${kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: -5 }) });
    assert.equal(back.status, 400);
  });

  test('GET /_kumo/state exports a document that POST imports', async () => {
    const document = (await (await fetch(`${kumo.url}/_kumo/state`)).json()) as { format: string };
    assert.equal(document.format, 'kumo-state');
    const imported = await fetch(`${kumo.url}/_kumo/state`, { method: 'POST', body: JSON.stringify(document) });
    assert.equal(imported.status, 200);
    const wrong = await fetch(`${kumo.url}/_kumo/state`, { method: 'POST', body: '{"format":"other"}' });
    assert.equal(wrong.status, 400);
  });

  test('POST /_kumo/reset clears one service or all; an unknown one is 404', async () => {
    assert.equal((await fetch(`${kumo.url}/_kumo/reset`, { method: 'POST' })).status, 200);
    assert.equal((await fetch(`${kumo.url}/_kumo/reset?service=sts`, { method: 'POST' })).status, 200);
    assert.equal((await fetch(`${kumo.url}/_kumo/reset?service=nope`, { method: 'POST' })).status, 404);
  });

  test('an unknown internal path is 404', async () => {
    assert.equal((await fetch(`${kumo.url}/_kumo/nothing`)).status, 404);
  });
});
