import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { test } from 'node:test';
import { startTestKumo } from '../support/start-test-kumo.js';

test('stop() ends a connection that never sent a byte, instead of waiting for it', async () => {
  const kumo = await startTestKumo(['sts']);
  const { port } = new URL(kumo.url);
  const idle = connect(Number(port), '127.0.0.1');
  await new Promise<void>((resolve) => idle.once('connect', () => resolve()));
  const closed = new Promise<void>((resolve) => idle.once('close', () => resolve()));
  await kumo.stop();
  await closed;
  assert.equal(idle.destroyed, true);
});

test('stop() ends idle keep-alive HTTP/1.1 connections', async () => {
  const kumo = await startTestKumo(['sts']);
  const response = await fetch(`${kumo.url}/_kumo/health`);
  assert.equal(response.status, 200);
  await response.text();
  // fetch keeps the connection open for reuse; stop must not wait for it.
  await kumo.stop();
});
