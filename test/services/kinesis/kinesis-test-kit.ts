import assert from 'node:assert/strict';
import { CreateStreamCommand, KinesisClient } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startTestKumo } from '../../support/start-test-kumo.js';

/** A Kumo with Kinesis and an SDK v3 client for one test file. */
export async function startKinesis(services: string[] = ['kinesis']): Promise<{ kumo: EmbeddedKumo; kinesis: KinesisClient }> {
  const kumo = await startTestKumo(services);
  return { kumo, kinesis: kinesisClient(kumo) };
}

/** The SDK v3 Kinesis client as users make it: its default handler speaks HTTP/2 (h2c) to Kumo. */
export function kinesisClient(kumo: EmbeddedKumo): KinesisClient {
  return new KinesisClient(kumo.clientConfig);
}

export async function createStream(kinesis: KinesisClient, name: string, shards = 1): Promise<string> {
  await kinesis.send(new CreateStreamCommand({ StreamName: name, ShardCount: shards }));
  return `arn:aws:kinesis:us-east-1:000000000000:stream/${name}`;
}

/** Moves Kumo's clock forward; due work has run when it returns. */
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

export const text = (data: Uint8Array | undefined): string => Buffer.from(data ?? []).toString('utf8');
