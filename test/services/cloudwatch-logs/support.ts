import assert from 'node:assert/strict';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';

/** A Kumo with CloudWatch Logs and a client for it; `advance` moves Kumo's clock. */
export async function startLogsKumo(): Promise<{ kumo: EmbeddedKumo; logs: CloudWatchLogsClient; advance: (seconds: number) => Promise<void> }> {
  const kumo = await startTestKumo(['cloudwatch-logs']);
  const logs = new CloudWatchLogsClient(kumo.clientConfig);
  const advance = async (advanceSeconds: number) => {
    const response = await fetch(`${kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds }) });
    assert.equal(response.status, 200);
  };
  return { kumo, logs, advance };
}
