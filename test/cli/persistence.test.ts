import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudWatchClient, ListMetricsCommand, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { runKumo, spawnKumo } from '../support/spawn-kumo.js';

function cloudwatch(url: string): CloudWatchClient {
  return new CloudWatchClient({ endpoint: url, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
}

async function putMetrics(url: string, names: string[]): Promise<void> {
  const client = cloudwatch(url);
  for (const name of names) {
    await client.send(new PutMetricDataCommand({ Namespace: 'Kumo/Persistence', MetricData: [{ MetricName: name, Value: 1 }] }));
  }
}

async function metricNames(url: string): Promise<string[]> {
  const listed = await cloudwatch(url).send(new ListMetricsCommand({ Namespace: 'Kumo/Persistence' }));
  return (listed.Metrics ?? []).map((m) => m.MetricName!).sort();
}

test('every acknowledged write survives kill -9 and a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kumo-persist-'));
  const first = await spawnKumo(['--data-dir', dir, '--log-level', 'silent']);
  const names = Array.from({ length: 20 }, (_, i) => `m${String(i).padStart(2, '0')}`);
  await putMetrics(first.url, names);
  first.child.kill('SIGKILL');
  assert.equal(await first.exited, 'SIGKILL');

  const second = await spawnKumo(['--data-dir', dir, '--log-level', 'silent']);
  try {
    assert.deepEqual(await metricNames(second.url), names);
  } finally {
    second.child.kill('SIGTERM');
    await second.exited;
  }
});

test('an exported state imports into a fresh data directory and reads back the same', async () => {
  const source = mkdtempSync(join(tmpdir(), 'kumo-export-'));
  const target = mkdtempSync(join(tmpdir(), 'kumo-import-'));
  const file = join(source, 'state.json');
  const running = await spawnKumo(['--data-dir', source, '--log-level', 'silent']);
  try {
    await putMetrics(running.url, ['exported-a', 'exported-b']);
    const exported = runKumo(['export', file], { KUMO_ENDPOINT: running.url });
    assert.equal(await exported.exited, 0, exported.output());
  } finally {
    running.child.kill('SIGTERM');
    await running.exited;
  }
  assert.equal((JSON.parse(readFileSync(file, 'utf8')) as { format: string }).format, 'kumo-state');

  // No Kumo runs on this endpoint: import writes straight into the data directory.
  const imported = runKumo(['import', file], { KUMO_DATA_DIR: target, KUMO_ENDPOINT: 'http://127.0.0.1:9' });
  assert.equal(await imported.exited, 0, imported.output());
  const restored = await spawnKumo(['--data-dir', target, '--log-level', 'silent']);
  try {
    assert.deepEqual(await metricNames(restored.url), ['exported-a', 'exported-b']);
    const reset = runKumo(['reset', '--service', 'cloudwatch'], { KUMO_ENDPOINT: restored.url });
    assert.equal(await reset.exited, 0, reset.output());
    assert.deepEqual(await metricNames(restored.url), []);
    const status = runKumo(['status'], { KUMO_ENDPOINT: restored.url });
    assert.equal(await status.exited, 0);
    assert.match(status.output(), /"cloudwatch"/);
  } finally {
    restored.child.kill('SIGTERM');
    await restored.exited;
  }
});
