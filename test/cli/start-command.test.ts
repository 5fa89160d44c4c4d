import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKumo, spawnKumo } from '../support/spawn-kumo.js';

test('start prints the endpoint, the data directory and how to point clients at it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kumo-cli-'));
  const kumo = await spawnKumo(['--data-dir', dir, '--log-level', 'info']);
  try {
    assert.match(kumo.output(), new RegExp(`state: +${dir}`));
    assert.match(kumo.output(), /AWS_ENDPOINT_URL=http:\/\/127\.0\.0\.1:\d+/);
    assert.match(kumo.output(), /aws --endpoint-url/);
    const response = await fetch(kumo.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'AWS4-HMAC-SHA256 Credential=test/20240101/us-east-1/sts/aws4_request, Signature=0' },
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    });
    assert.equal(response.status, 200);
    // One request-log line per call: service.Operation status ms.
    await new Promise((r) => setTimeout(r, 100));
    assert.match(kumo.output(), /sts\.GetCallerIdentity 200 [\d.]+ms/);
  } finally {
    kumo.child.kill('SIGTERM');
    assert.equal(await kumo.exited, 0);
  }
});

test('a busy port is a clear error', async () => {
  const blocker = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => blocker.once('listening', r));
  const port = (blocker.address() as { port: number }).port;
  try {
    const run = runKumo(['start', '--in-memory', '--port', String(port)]);
    assert.equal(await run.exited, 1);
    assert.match(run.output(), new RegExp(`Port ${port} on 127.0.0.1 is already in use`));
  } finally {
    blocker.close();
  }
});

test('a data directory that cannot be created is a clear error', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'kumo-cli-')), 'a-file');
  writeFileSync(file, 'not a directory');
  const run = runKumo(['start', '--port', '0', '--data-dir', join(file, 'data')]);
  assert.equal(await run.exited, 1);
  assert.match(run.output(), /kumo: .*(data directory|not a directory|cannot)/i);
});

test('a corrupt data file is refused and left as it was', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kumo-cli-'));
  const garbage = 'this is not a SQLite database '.repeat(200);
  writeFileSync(join(dir, 'kumo.db'), garbage);
  const run = runKumo(['start', '--port', '0', '--data-dir', dir]);
  assert.equal(await run.exited, 1);
  assert.match(run.output(), /kumo\.db/);
  assert.equal(readFileSync(join(dir, 'kumo.db'), 'utf8'), garbage);
});

test('unknown commands and flags are refused with usage', async () => {
  const run = runKumo(['frobnicate']);
  assert.equal(await run.exited, 2);
  assert.match(run.output(), /usage: kumo/);
  const bad = runKumo(['start', '--no-such-flag']);
  assert.equal(await bad.exited, 1);
  assert.match(bad.output(), /no-such-flag/);
});
