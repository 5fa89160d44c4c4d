// The README's embedding example, run as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startKumo } from '../src/index.js';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';

test('startKumo serves SDK clients in process, in memory, on a free port', async () => {
  const kumo = await startKumo({ port: 0 });
  try {
    assert.match(kumo.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const sts = new STSClient(kumo.clientConfig);
    const me = await sts.send(new GetCallerIdentityCommand({}));
    assert.equal(me.Account, '000000000000');
    await kumo.reset();
  } finally {
    await kumo.stop();
  }
});

test('two embedded Kumos run side by side on their own ports', async () => {
  const [a, b] = await Promise.all([startKumo({ port: 0 }), startKumo({ port: 0 })]);
  try {
    assert.notEqual(a.port, b.port);
    const health = (await (await fetch(`${b.url}/_kumo/health`)).json()) as { persistence: { mode: string } };
    assert.equal(health.persistence.mode, 'in-memory');
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
});
