import assert from 'node:assert/strict';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startTestKumo } from '../../support/start-test-kumo.js';

/** A Kumo with SQS and an SDK v3 client for one test file. */
export async function startSqs(): Promise<{ kumo: EmbeddedKumo; sqs: SQSClient }> {
  const kumo = await startTestKumo(['sqs']);
  return { kumo, sqs: new SQSClient(kumo.clientConfig) };
}

/** Moves Kumo's clock forward; due work (timeouts, move tasks) has run when it returns. */
export async function advanceClock(kumo: EmbeddedKumo, seconds: number): Promise<void> {
  const response = await fetch(`${kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: seconds }) });
  assert.equal(response.status, 200);
}

/** Asserts an SDK v3 call fails with AWS's error name, message and status. */
export async function rejects(promise: Promise<unknown>, name: string, message: string | RegExp, status = 400): Promise<void> {
  await assert.rejects(promise, (e: Error & { $metadata?: { httpStatusCode?: number } }) => {
    assert.equal(e.name, name);
    if (typeof message === 'string') assert.equal(e.message, message);
    else assert.match(e.message, message);
    assert.equal(e.$metadata?.httpStatusCode, status);
    return true;
  });
}

/** A raw form POST, as pre-SDK clients and curl users send the query protocol. */
export async function formPost(url: string, params: Record<string, string>): Promise<{ status: number; body: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ Version: '2012-11-05', ...params }).toString(),
  });
  return { status: response.status, body: await response.text() };
}
